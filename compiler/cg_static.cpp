// Static initialization of package-level variables.
//
// A variable whose initializer needs no computation — constants, nil,
// top-level functions, and composite literals (struct, array, slice,
// &T{...}) built only of those — gets its value as the global's LLVM
// initializer instead of code in the package's init function, as Go's
// compiler does (staticinit). Slices and &T{...} point to private mutable
// globals; the collector treats them as static data (rt::isStaticData), so
// they need neither allocation nor write barriers. This keeps tables such as
// unicode's out of the init code: a hello world links 2 MB less code.
// Anything that calls, reads a variable or converts at run time falls back
// to init code, except another statically initialized variable: its
// static value stands for it when no code ever writes it (unicode's
// Upper = _Lu), and where Go 1.19 copies it statically. A map literal of
// static keys and elements (unicode's tables of tables) is built by one
// runtime call from two static arrays.
#include "compiler/cg.h"
#include "compiler/size_checks.h"

namespace goji {

bool isPointerShaped(Type* t) {
  Type* u = under(t);
  return u->is<Pointer>() || u->is<Map>() || u->is<Chan>() || u->is<Signature>() ||
         (u->is<Basic>() && u->as<Basic>()->bkind == BasicKind::UnsafePointer);
}

llvm::GlobalVariable* CodeGen::staticObject(llvm::Constant* init) {
  static int counter = 0;
  return new llvm::GlobalVariable(*mod, init->getType(), false, llvm::GlobalValue::PrivateLinkage, init,
                                  "static." + std::to_string(counter++), nullptr,
                                  llvm::GlobalValue::NotThreadLocal, 1);
}

// A constant's flattened parts packed as memType(t).
llvm::Constant* CodeGen::packConstant(Type* t, const Val& v) {
  Type* u = under(t);
  if (Basic* bt = u->as<Basic>()) {
    if (bt->info & IsString) {
      return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(memType(t)),
                                       {llvm::cast<llvm::Constant>(v.parts[0]), llvm::cast<llvm::Constant>(v.parts[1])});
    }
    auto* c = llvm::cast<llvm::Constant>(v.parts[0]);
    if (bt->info & IsBoolean) return llvm::ConstantInt::get(i8, llvm::cast<llvm::ConstantInt>(c)->getZExtValue());
    return c;
  }
  return llvm::Constant::getNullValue(memType(t));
}

llvm::Constant* CodeGen::staticValue(Expr* e, Type* t) {
  e = unparen(e);
  if (isInterface(t)) return staticInterface(e, t);
  if (e->mode == OperandMode::Constant && e->value) return packConstant(t, constant(t, *e->value));
  if (e->type == basicType(BasicKind::UntypedNil)) return llvm::Constant::getNullValue(memType(t));
  if (Name* n = e->as<Name>()) {
    if (n->obj && n->obj->kind == ObjKind::Func) return llvm::cast<llvm::Constant>(funcValue(n->obj->as<Func>()));
    if (n->obj && n->obj->kind == ObjKind::Nil) return llvm::Constant::getNullValue(memType(t));
    Var* v = n->obj ? n->obj->as<Var>() : nullptr;
    auto it = v ? staticVars.find(v) : staticVars.end();
    if (it == staticVars.end() || it->second->getType() != memType(t)) return nullptr;
    // Go 1.19 copies the initial value of a variable of the same package
    // even if a function run earlier in initialization changed it
    // (staticinit's staticcopy; go.dev/issue/51913), but not a string or
    // an interface.
    bool goCopies = staticInitPkg && v->pkg == staticInitPkg && !isString(v->type) && !isInterface(v->type);
    return goCopies || !writtenVars.count(v) ? it->second : nullptr;
  }
  if (Operation* o = e->as<Operation>(); o && o->op == Op::And && !o->y) {
    if (CompositeLit* lit = unparen(o->x)->as<CompositeLit>()) return staticPointerTo(lit, lit->type);
    return nullptr;
  }
  if (CompositeLit* lit = e->as<CompositeLit>()) return staticComposite(lit, t);
  return nullptr;
}

// The variables a statement or expression may change: the roots
// (addressRoot) of assignment targets, of operands of & and of slicing,
// and of method receivers (which may be addressed implicitly).
void CodeGen::findWrittenVars() {
  auto root = [this](Expr* e) {
    if (Var* v = addressRoot(e)) writtenVars.insert(v);
  };
  auto targets = [&](Expr* lhs) {
    if (ListExpr* l = lhs->as<ListExpr>()) {
      for (Expr* e : l->elems) root(e);
    } else {
      root(lhs);
    }
  };
  std::function<void(Node*)> visit = [&](Node* n) {
    if (AssignStmt* a = n->as<AssignStmt>(); a && a->op != Op::Def) targets(a->lhs);
    if (RangeClause* r = n->as<RangeClause>(); r && r->lhs && !r->def) targets(r->lhs);
    if (Operation* o = n->as<Operation>(); o && o->op == Op::And && !o->y) root(o->x);
    if (SliceExpr* sl = n->as<SliceExpr>()) root(sl->x);
    if (SelectorExpr* s = n->as<SelectorExpr>(); s && s->selection && s->selection->kind == SelectionKind::MethodVal) {
      root(s->x);
    }
    forEachChild(n, visit);
  };
  for (auto& [path, files] : prog.packageFiles) {
    for (File* f : files) visit(f);
  }
}

// A pointer to a static object holding the literal's value.
llvm::Constant* CodeGen::staticPointerTo(CompositeLit* lit, Type* base) {
  llvm::Constant* v = staticComposite(lit, base);
  return v ? staticObject(v) : nullptr;
}

llvm::Constant* CodeGen::staticComposite(CompositeLit* lit, Type* t) {
  Type* u = under(t);
  if (Pointer* p = u->as<Pointer>()) return staticPointerTo(lit, p->base);
  if (Struct* st = u->as<Struct>()) {
    std::vector<llvm::Constant*> fields;
    for (Var* f : st->fields) fields.push_back(llvm::Constant::getNullValue(memType(f->type)));
    for (size_t i = 0; i < lit->elems.size(); i++) {
      Expr* el = lit->elems[i];
      size_t idx = i;
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        Name* key = kv->key->as<Name>();
        for (size_t k = 0; k < st->fields.size(); k++) {
          if (st->fields[k] == key->obj) idx = k;
        }
        el = kv->val;
      }
      fields[idx] = staticValue(el, st->fields[idx]->type);
      if (!fields[idx]) return nullptr;
    }
    return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(memType(t)), fields);
  }
  auto elements = [&](Type* elem, int64_t n) -> std::vector<llvm::Constant*> {
    std::vector<llvm::Constant*> elems(static_cast<size_t>(n), llvm::Constant::getNullValue(memType(elem)));
    int64_t idx = 0;
    for (Expr* el : lit->elems) {
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        idx = kv->key->value->int64Val();
        el = kv->val;
      }
      llvm::Constant* c = staticValue(el, elem);
      if (!c) return {};
      elems[static_cast<size_t>(idx++)] = c;
    }
    return elems;
  };
  if (Array* at = u->as<Array>()) {
    if (lit->elems.empty() || sizeOf(at->elem) == 0) return llvm::Constant::getNullValue(memType(t));
    std::vector<llvm::Constant*> elems = elements(at->elem, at->len);
    if (elems.size() != static_cast<size_t>(at->len)) return nullptr;
    return llvm::ConstantArray::get(llvm::cast<llvm::ArrayType>(memType(t)), elems);
  }
  if (Slice* sl = u->as<Slice>()) {
    int64_t n = 0, idx = 0;
    for (Expr* el : lit->elems) {
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) idx = kv->key->value->int64Val();
      n = std::max(n, ++idx);
    }
    // A sparse giant ([]byte{1 << 30: 1}) would be gigabytes of static
    // data: it is made at run time instead.
    if (n > kMaxLiteralScalars) return nullptr;
    std::vector<llvm::Constant*> elems = elements(sl->elem, n);
    if (elems.size() != static_cast<size_t>(n)) return nullptr;
    llvm::Constant* data = llvm::ConstantPointerNull::get(gcPtr);
    if (n > 0) data = staticObject(llvm::ConstantArray::get(llvm::ArrayType::get(memType(sl->elem), n), elems));
    return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(memType(t)), {data, b.getInt64(n), b.getInt64(n)});
  }
  return nullptr;  // maps are built at run time
}

// e converted to interface type t: {type or itab, data}, the data boxed in
// a static object unless the dynamic type is pointer-shaped.
llvm::Constant* CodeGen::staticInterface(Expr* e, Type* t) {
  auto* ty = llvm::cast<llvm::StructType>(memType(t));
  if (e->type == basicType(BasicKind::UntypedNil)) return llvm::Constant::getNullValue(ty);
  if (CallExpr* c = e->as<CallExpr>(); c && unparen(c->fun)->mode == OperandMode::TypeExpr && c->args.size() == 1) {
    if (!identical(c->type, t)) return nullptr;
    e = unparen(c->args[0]);
  }
  Type* from = isUntyped(e->type) ? defaultType(e->type) : e->type;
  if (isInterface(from)) return nullptr;
  llvm::Constant* value = staticValue(e, from);
  if (!value) return nullptr;
  markBoxed(from);
  llvm::Constant* tab = allMethods(under(t)->as<Interface>()).empty() ? typeDesc(from) : itab(from, t);
  llvm::Constant* data = isPointerShaped(from) ? value : staticObject(value);
  return llvm::ConstantStruct::get(ty, {tab, data});
}

// A map literal whose keys and elements are all static: one call building
// the map from static arrays. Null if any entry needs code.
llvm::Value* CodeGen::staticMap(CompositeLit* lit, Type* t) {
  Map* mt = under(t)->as<Map>();
  if (lit->elems.empty()) return nullptr;
  std::vector<llvm::Constant*> keys, elems;
  for (Expr* el : lit->elems) {
    auto* kv = el->as<KeyValueExpr>();
    llvm::Constant* k = staticValue(kv->key, mt->key);
    llvm::Constant* v = k ? staticValue(kv->val, mt->elem) : nullptr;
    if (!v) return nullptr;
    keys.push_back(k);
    elems.push_back(v);
  }
  auto array = [&](Type* elem, std::vector<llvm::Constant*>& cs) {
    return staticObject(llvm::ConstantArray::get(llvm::ArrayType::get(memType(elem), cs.size()), cs));
  };
  return call(rt("goji_makemap_static"),
              {typeDesc(t), array(mt->key, keys), array(mt->elem, elems), b.getInt64(static_cast<int64_t>(keys.size()))},
              lit->pos);
}

}  // namespace goji
