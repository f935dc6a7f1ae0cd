// Type expressions, signatures, struct and interface types, interface method
// sets and the validity of recursive types (types2 typexpr.go, signature.go,
// struct.go, interface.go, typeset.go, validtype.go).
#include <algorithm>

#include "compiler/checker.h"
#include "compiler/program.h"

namespace goji {

void Checker::ident(Operand& x, Name* e, Named* def, bool wantType) {
  x.mode = OperandMode::Invalid;
  x.expr = e;
  Scope* scope = nullptr;
  Object* obj = env_.scope->lookupParent(e->value, env_.pos, &scope);
  if (!obj) {
    if (e->value == "_") {
      error(e, "cannot use _ as value or type");
    } else {
      error(e, "undefined: " + std::string(e->value));
    }
    return;
  }
  if (obj->unsupported) {
    notSupported(e->pos, "complex numbers (" + std::string(e->value) + ")");
    return;
  }
  recordUse(e, obj);
  Type* t = obj->type;
  if (!t || (obj->is<TypeName>() && wantType)) {
    objDecl(obj, def);
    t = obj->type;
  }
  if (auto it = dotImports_.find(obj); it != dotImports_.end()) it->second->used = true;
  switch (obj->kind) {
    case ObjKind::PkgName: error(e, "use of package " + std::string(obj->name) + " not in selector"); return;
    case ObjKind::Const: {
      addDeclDep(obj);
      if (t == invalidType()) return;
      if (obj == universe().iota) {
        if (!env_.iota) {
          error(e, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env_.iota;
      } else {
        x.val = *static_cast<Const*>(obj)->val;
      }
      x.mode = OperandMode::Constant;
      break;
    }
    case ObjKind::TypeName:
      if (brokenAliases_.count(static_cast<TypeName*>(obj))) {
        error(e, "invalid use of type alias " + std::string(obj->name) + " in recursive type (see issue #50729)");
        return;
      }
      x.mode = OperandMode::TypeExpr;
      break;
    case ObjKind::Var:
      if (obj->pkg == pkg_) static_cast<Var*>(obj)->used = true;
      addDeclDep(obj);
      if (t == invalidType()) return;
      x.mode = OperandMode::Variable;
      break;
    case ObjKind::Func:
      addDeclDep(obj);
      x.mode = OperandMode::Value;
      break;
    case ObjKind::Builtin:
      x.id = static_cast<Builtin*>(obj)->id;
      x.mode = OperandMode::Builtin;
      break;
    case ObjKind::Nil: x.mode = OperandMode::NilValue; break;
    default: break;
  }
  x.type = t;
}

Type* Checker::typ(Expr* e) { return definedType(e, nullptr); }

Type* Checker::varType(Expr* e) {
  Type* t = definedType(e, nullptr);
  validVarType(e, t);
  return t;
}

// A variable's type must not be a constraint interface. Interfaces that
// embed constraints are rejected where they embed them (as not supported,
// computeInterfaceTypeSet), which leaves comparable itself, or a type
// defined as it.
void Checker::validVarType(Expr* e, Type* t) {
  later([this, e, t] {
    if (under(t) == under(universe().comparable->type)) {
      error(e, "cannot use type " + str(t) + " outside a type constraint: interface is (or embeds) comparable", true);
    }
  });
}

Type* Checker::definedType(Expr* e, Named* def) {
  Type* t = typInternal(e, def);
  recordTypeAndValue(e, OperandMode::TypeExpr, t, nullptr);
  return t;
}

Type* Checker::typInternal(Expr* e0, Named* def) {
  auto setUnderlying = [&](Type* t) {
    if (def) def->underlying = t;
  };
  switch (e0->kind) {
    case NodeKind::BadExpr: break;
    case NodeKind::Name: {
      Operand x;
      ident(x, static_cast<Name*>(e0), def, true);
      switch (x.mode) {
        case OperandMode::TypeExpr:
          setUnderlying(x.type);
          return x.type;
        case OperandMode::Invalid: break;
        case OperandMode::NoValue: error(x, str(x) + " used as type"); break;
        default: error(x, str(x) + " is not a type");
      }
      break;
    }
    case NodeKind::SelectorExpr: {
      Operand x;
      selector(x, static_cast<SelectorExpr*>(e0), def);
      switch (x.mode) {
        case OperandMode::TypeExpr:
          setUnderlying(x.type);
          return x.type;
        case OperandMode::Invalid: break;
        case OperandMode::NoValue: error(x, str(x) + " used as type"); break;
        default: error(x, str(x) + " is not a type");
      }
      break;
    }
    case NodeKind::IndexExpr: notSupported(e0->pos, "generic type instantiation"); break;
    case NodeKind::ParenExpr: return definedType(static_cast<ParenExpr*>(e0)->x, def);
    case NodeKind::ArrayType: {
      auto* e = static_cast<ArrayType*>(e0);
      Array* t = make<Array>();
      setUnderlying(t);
      if (e->len) {
        t->len = arrayLength(e->len);
      } else {
        error(e, "invalid use of [...] array (outside a composite literal)");
        t->len = -1;
      }
      t->elem = varType(e->elem);
      if (t->len >= 0) return t;
      break;
    }
    case NodeKind::SliceType: {
      Slice* t = make<Slice>();
      setUnderlying(t);
      t->elem = varType(static_cast<SliceType*>(e0)->elem);
      return t;
    }
    case NodeKind::DotsType:
      error(e0, "invalid use of '...'");
      use(static_cast<DotsType*>(e0)->elem);
      break;
    case NodeKind::StructType: {
      Struct* t = make<Struct>();
      setUnderlying(t);
      structType(t, static_cast<StructType*>(e0));
      return t;
    }
    case NodeKind::Operation: {
      auto* e = static_cast<Operation*>(e0);
      if (e->op == Op::Mul && !e->y) {
        Pointer* t = make<Pointer>();
        t->base = invalidType();  // avoid a nil base in invalid recursive type declarations
        setUnderlying(t);
        t->base = varType(e->x);
        if (t->base == invalidType()) return invalidType();
        return t;
      }
      error(e0, str(e0) + " is not a type");
      use(e0);
      break;
    }
    case NodeKind::FuncType: {
      Signature* t = make<Signature>();
      setUnderlying(t);
      funcType(t, nullptr, static_cast<FuncType*>(e0));
      return t;
    }
    case NodeKind::InterfaceType: {
      Interface* t = make<Interface>();
      t->check = this;
      setUnderlying(t);
      interfaceType(t, static_cast<InterfaceType*>(e0), def);
      return t;
    }
    case NodeKind::MapType: {
      auto* e = static_cast<MapType*>(e0);
      Map* t = make<Map>();
      setUnderlying(t);
      t->key = varType(e->key);
      t->elem = varType(e->val);
      later([this, t, e] {
        if (!comparable(t->key, true)) error(e->key, "invalid map key type " + str(t->key));
      });
      return t;
    }
    case NodeKind::ChanType: {
      auto* e = static_cast<ChanType*>(e0);
      Chan* t = make<Chan>();
      setUnderlying(t);
      t->dir = e->dir == ChanDir::SendOnly   ? ChanDirection::SendOnly
               : e->dir == ChanDir::RecvOnly ? ChanDirection::RecvOnly
                                             : ChanDirection::SendRecv;
      t->elem = varType(e->elem);
      return t;
    }
    default:
      error(e0, str(e0) + " is not a type");
      use(e0);
  }
  setUnderlying(invalidType());
  return invalidType();
}

int64_t Checker::arrayLength(Expr* e) {
  if (Name* name = e->as<Name>()) {
    Object* obj = env_.scope->lookupParent(name->value, env_.pos);
    if (!obj) {
      error(name, "undeclared name " + std::string(name->value) + " for array length");
      return -1;
    }
    if (!obj->is<Const>()) {
      error(name, "invalid array length " + std::string(name->value));
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != OperandMode::Constant) {
    if (x.mode != OperandMode::Invalid) error(x, "array length " + str(x) + " must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    Value val = x.val.toInt();
    if (val.kind() == Value::Kind::Int) {
      if (representableConst(val, basicType(BasicKind::Int), nullptr)) {
        bool exact;
        int64_t n = val.int64Val(&exact);
        if (exact && n >= 0) return n;
        error(x, "invalid array length " + str(x));
        return -1;
      }
    }
  }
  error(x, "array length " + str(x) + " must be integer");
  return -1;
}

// ---------------------------------------------------------------------------
// Signatures

void Checker::funcType(Signature* sig, Field* recvPar, FuncType* ftyp) {
  openScope(ftyp, "function");
  env_.scope->isFunc = true;
  sig->scope = env_.scope;

  // Parameters are collected in a temporary scope and then moved into the
  // function scope (types2's Squash), so redeclarations are reported once.
  Scope* scope = prog_.newScope();
  scope->parent = env_.scope;
  std::vector<Var*> recvList;
  bool variadic = false, ignored;
  if (recvPar) recvList = collectParams(scope, std::span<Field*>(&recvPar, 1), false, &ignored);
  std::vector<Var*> params = collectParams(scope, ftyp->params, true, &variadic);
  std::vector<Var*> results = collectParams(scope, ftyp->results, false, &ignored);
  for (Object* obj : scope->objects()) {
    obj->parent = nullptr;
    if (Object* alt = sig->scope->insert(obj)) {
      error(obj->pos, std::string(obj->name) + " redeclared in this block" + altDecl(alt));
    }
  }
  if (recvPar) {
    Var* recv;
    if (recvList.empty()) {
      recv = newParam(Pos{}, nullptr, "", invalidType());
    } else {
      if (recvList.size() > 1) error(recvList.back()->pos, "method must have exactly one receiver");
      recv = recvList[0];
    }
    sig->recv = recv;
    later([this, recv] {
      Type* rtyp = recv->type;
      if (Pointer* p = rtyp->as<Pointer>()) rtyp = p->base;
      if (rtyp == invalidType()) return;
      if (Named* t = rtyp->as<Named>()) {
        if (t->obj->pkg != pkg_) {
          error(recv->pos, "cannot define new methods on non-local type " + str(rtyp));
          return;
        }
        Type* u = under(t);
        if (u->is<Pointer>() || u->is<Interface>()) {
          error(recv->pos, "invalid receiver type " + str(rtyp) + " (pointer or interface type)");
        }
      } else if (rtyp->is<Basic>()) {
        error(recv->pos, "cannot define new methods on non-local type " + str(rtyp));
      } else {
        error(recv->pos, "invalid receiver type " + str(recv->type));
      }
    });
  }
  sig->params = newTuple(params);
  sig->results = newTuple(results);
  sig->variadic = variadic;
  closeScope();
}

std::vector<Var*> Checker::collectParams(Scope* scope, std::span<Field*> list, bool variadicOk, bool* variadic) {
  std::vector<Var*> params;
  *variadic = false;
  Type* t = nullptr;
  Expr* prev = nullptr;
  for (size_t i = 0; i < list.size(); i++) {
    Field* field = list[i];
    Expr* ftype = field->typ;
    if (ftype != prev) {
      prev = ftype;
      if (DotsType* d = ftype->as<DotsType>()) {
        ftype = d->elem;
        if (variadicOk && i + 1 == list.size()) {
          *variadic = true;
        } else {
          error(d, "can only use ... with final parameter in list", true);
        }
      }
      t = varType(ftype);
    }
    if (field->name) {
      Var* par = newParam(field->name->pos, pkg_, field->name->value, t);
      declare(scope, field->name, par, scope->pos);
      params.push_back(par);
    } else {
      params.push_back(newParam(field->pos, pkg_, "", t));
    }
  }
  if (*variadic) {
    Var* last = params.back();
    last->type = newSlice(last->type);
    recordTypeAndValue(list.back()->typ, OperandMode::TypeExpr, last->type, nullptr);
  }
  return params;
}

// ---------------------------------------------------------------------------
// Structs

namespace {

Name* embeddedFieldIdent(Expr* e) {
  switch (e->kind) {
    case NodeKind::Name: return static_cast<Name*>(e);
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      if (o->op == Op::Mul && !o->y) {
        Operation* base = o->x->as<Operation>();
        if (!base || !(base->op == Op::Mul && !base->y)) return embeddedFieldIdent(o->x);
      }
      return nullptr;
    }
    case NodeKind::SelectorExpr: return static_cast<SelectorExpr*>(e)->sel;
    case NodeKind::IndexExpr: return embeddedFieldIdent(static_cast<IndexExpr*>(e)->x);
    default: return nullptr;
  }
}

}  // namespace

void Checker::structType(Struct* styp, StructType* e) {
  std::vector<Var*> fields;
  std::map<std::string_view, Var*> fset;
  Type* t = nullptr;
  auto add = [&](Name* ident, bool embedded, Pos pos) {
    std::string_view name = ident->value;
    Var* fld = newField(pos, pkg_, name, t, embedded);
    if (name != "_") {
      auto alt = fset.find(name);
      if (alt != fset.end()) {
        error(pos, std::string(name) + " redeclared" + altDecl(alt->second));
        return;
      }
      fset[name] = fld;
    }
    fields.push_back(fld);
    recordDef(ident, fld);
  };
  Expr* prev = nullptr;
  for (size_t i = 0; i < e->fields.size(); i++) {
    Field* f = e->fields[i];
    if (i == 0 || f->typ != prev) {
      t = varType(f->typ);
      prev = f->typ;
    }
    if (f->name) {
      add(f->name, false, f->name->pos);
      continue;
    }
    Pos pos = startPos(f->typ);
    Name* name = embeddedFieldIdent(f->typ);
    if (!name) {
      error(pos, "invalid embedded field type " + str(f->typ));
      static Name blank = [] {
        Name n{};
        n.kind = NodeKind::Name;
        n.value = "_";
        return n;
      }();
      t = invalidType();
      add(&blank, true, pos);
      continue;
    }
    add(name, true, pos);
    Type* embeddedTyp = t;
    later([this, embeddedTyp, pos] {
      Type* et = embeddedTyp;
      bool isPtr = false;
      if (Pointer* p = et->as<Pointer>()) {
        et = p->base;
        isPtr = true;
      }
      Type* u = under(et);
      if (u->is<Basic>()) {
        if (et == invalidType()) return;
      } else if (u->is<Pointer>()) {
        error(pos, "embedded field type cannot be a pointer");
      } else if (u->is<Interface>() && isPtr) {
        error(pos, "embedded field type cannot be a pointer to an interface");
      }
    });
  }
  styp->fields = prog_.arena.copy(fields);
  styp->setUp = true;
}

// ---------------------------------------------------------------------------
// Interfaces

namespace {

bool methodLess(Func* a, Func* b) {
  bool ea = isExported(a->name), eb = isExported(b->name);
  if (ea != eb) return ea;
  if (a->name != b->name) return a->name < b->name;
  if (!ea && a->pkg && b->pkg) return a->pkg->path < b->pkg->path;
  return false;
}

}  // namespace

void Checker::interfaceType(Interface* ityp, InterfaceType* iface, Named* def) {
  std::vector<Func*> methods;
  std::vector<Type*> embeddeds;
  std::vector<Pos> embedPos;
  for (Field* f : iface->methods) {
    if (!f->name) {
      Expr* te = f->typ;
      if (Operation* o = te->as<Operation>(); o && (o->op == Op::Or || o->op == Op::Tilde)) {
        notSupported(startPos(te), "type constraints (generics)");
        continue;
      }
      embeddeds.push_back(typ(te));
      embedPos.push_back(startPos(te));
      continue;
    }
    std::string_view name = f->name->value;
    if (name == "_") {
      error(f->name, "methods must have a unique non-blank name");
      continue;
    }
    Type* t = typ(f->typ);
    Signature* sig = t->as<Signature>();
    if (!sig) continue;
    Type* recvTyp = def ? static_cast<Type*>(def) : ityp;
    sig->recv = newVar(f->name->pos, pkg_, "", recvTyp);
    Func* m = newFunc(f->name->pos, pkg_, name, sig);
    recordDef(f->name, m);
    methods.push_back(m);
  }
  std::stable_sort(methods.begin(), methods.end(), methodLess);
  ityp->methods = prog_.arena.copy(methods);
  ityp->embeddeds = prog_.arena.copy(embeddeds);
  ityp->embedPos = prog_.arena.copy(embedPos);
  ityp->complete = true;
  if (methods.empty() && embeddeds.empty()) {
    ityp->tsetComputed = true;
    return;
  }
  Pos pos = iface->pos;
  later([this, pos, ityp] { computeInterfaceTypeSet(pos, ityp); });
}

std::span<Func*> allMethods(Interface* t) {
  if (!t->tsetComputed && t->check) return t->check->typeSet(t);
  return t->allMethods;
}

std::span<Func*> Checker::typeSet(Interface* t) {
  computeInterfaceTypeSet(Pos{}, t);
  return t->allMethods;
}

void Checker::computeInterfaceTypeSet(Pos pos, Interface* ityp) {
  (void)pos;
  if (ityp->tsetComputed || ityp->tsetComputing || !ityp->complete) return;
  ityp->tsetComputing = true;
  std::vector<Func*> all;
  std::map<std::string, Func*> seen;  // by unique name
  std::map<Func*, Pos> mpos;
  auto key = [](Func* m) {
    std::string k(m->name);
    if (!isExported(m->name) && m->pkg) k += "@" + m->pkg->path;
    return k;
  };
  auto addMethod = [&](Pos p, Func* m, bool explicitMethod) {
    auto it = seen.find(key(m));
    if (it == seen.end()) {
      seen[key(m)] = m;
      all.push_back(m);
      mpos[m] = p;
      return;
    }
    Func* other = it->second;
    if (explicitMethod) {
      error(p, "duplicate method " + std::string(m->name) + "\n\t" + fileSet_.posString(mpos[other]) +
                   ": other declaration of " + std::string(m->name));
      return;
    }
    Pos otherPos = mpos[other];
    later([this, m, other, p, otherPos] {
      if (!identical(m->type, other->type)) {
        error(p, "duplicate method " + std::string(m->name) + "\n\t" + fileSet_.posString(otherPos) +
                     ": other declaration of " + std::string(m->name));
      }
    });
  };
  for (Func* m : ityp->methods) addMethod(m->pos, m, true);
  for (size_t i = 0; i < ityp->embeddeds.size(); i++) {
    Type* t = ityp->embeddeds[i];
    Pos p = i < ityp->embedPos.size() ? ityp->embedPos[i] : Pos{};
    Type* u = under(t);
    if (Interface* ui = u->as<Interface>()) {
      if (t == universe().comparable->type) {
        notSupported(p, "type constraints (comparable)");
        continue;
      }
      computeInterfaceTypeSet(p, ui);
      for (Func* m : ui->allMethods) addMethod(p, m, false);
    } else if (u != invalidType()) {
      notSupported(p, "type constraints (generics): interface embeds non-interface type " + str(t));
    }
  }
  std::stable_sort(all.begin(), all.end(), methodLess);
  ityp->allMethods = prog_.arena.copy(all);
  ityp->tsetComputing = false;
  ityp->tsetComputed = true;
}

// ---------------------------------------------------------------------------
// Recursive types

void Checker::validType(Named* t) {
  std::vector<Named*> path;
  validType0(t, path);
}

bool Checker::validType0(Type* t, std::vector<Named*>& path) {
  if (!t) return true;
  switch (t->kind) {
    case TypeKind::Array: return validType0(t->as<Array>()->elem, path);
    case TypeKind::Struct:
      for (Var* f : t->as<Struct>()->fields) {
        if (!validType0(f->type, path)) return false;
      }
      return true;
    case TypeKind::Interface:
      for (Type* e : t->as<Interface>()->embeddeds) {
        if (!validType0(e, path)) return false;
      }
      return true;
    case TypeKind::Named: {
      Named* n = t->as<Named>();
      if (valids_.count(n)) return true;
      if (n->underlying == invalidType()) return false;
      for (size_t start = 0; start < path.size(); start++) {
        if (path[start] == n) {
          n->underlying = invalidType();
          std::vector<Object*> cycle;
          for (size_t k = start; k < path.size(); k++) cycle.push_back(path[k]->obj);
          cycleError(cycle);
          return false;
        }
      }
      path.push_back(n);
      bool ok = validType0(n->fromRHS, path);
      path.pop_back();
      if (!ok) return false;
      valids_.insert(n);
      return true;
    }
    default: return true;
  }
}

}  // namespace goji
