// Calls (direct, method, interface and closure calls), method values and
// expressions, builtins, composite literals and map operations.
#include "compiler/cg.h"
#include "vm/abi.h"

namespace goji {

// Splits a call's result into the Go values of its results.
std::vector<Val> CodeGen::splitResults(llvm::Value* r, Signature* sig) {
  std::vector<Val> out;
  if (!sig->results) return out;
  std::vector<llvm::Type*> all;
  for (Var* v : sig->results->vars) flatTypes(v->type, all);
  unsigned k = 0;
  for (Var* v : sig->results->vars) {
    Val val;
    size_t n = flatCount(v->type);
    for (size_t i = 0; i < n; i++, k++) val.parts.push_back(all.size() == 1 ? r : b.CreateExtractValue(r, {k}));
    out.push_back(std::move(val));
  }
  return out;
}

// Evaluates a call's arguments converted to the parameter types (handling
// f(g()) with a multi-valued g and variadic packing) and flattens them.
std::vector<llvm::Value*> CodeGen::callArgs(CallExpr* c, Signature* sig) {
  std::vector<Val> vals;
  std::vector<Type*> types;
  if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->is<Tuple>()) {
    Tuple* t = c->args[0]->type->as<Tuple>();
    llvm::Value* r = callValue(static_cast<CallExpr*>(unparen(c->args[0])));
    Signature* inner = callSignature(static_cast<CallExpr*>(unparen(c->args[0])));
    std::vector<Val> rs = splitResults(r, inner);
    for (size_t i = 0; i < rs.size(); i++) {
      vals.push_back(rs[i]);
      types.push_back(t->vars[i]->type);
    }
  } else {
    for (Expr* a : c->args) {
      vals.push_back(expr(a));
      types.push_back(a->mode == OperandMode::NilValue ? nullptr : a->type);
    }
  }
  size_t nparams = sig->params ? sig->params->vars.size() : 0;
  std::vector<llvm::Value*> out;
  auto add = [&](Val v, Type* from, Type* to) {
    if (!from) v = zero(to);
    else v = convertValue(std::move(v), from, to);
    out.insert(out.end(), v.parts.begin(), v.parts.end());
  };
  if (sig->variadic && !c->hasDots) {
    for (size_t i = 0; i + 1 < nparams; i++) add(vals[i], types[i], sig->params->vars[i]->type);
    // Pack the rest into a new slice.
    Type* st = sig->params->vars[nparams - 1]->type;
    Type* elem = under(st)->as<Slice>()->elem;
    size_t n = vals.size() - (nparams - 1);
    if (n == 0) {
      Val z = zero(st);
      out.insert(out.end(), z.parts.begin(), z.parts.end());
    } else {
      llvm::Value* arr = onStack(c) ? stackArray(elem, static_cast<int64_t>(n))
                                    : call(rt("goji_makeslice"), {typeDesc(elem), b.getInt64(n)}, c->pos);
      for (size_t i = 0; i < n; i++) {
        Val v = types[nparams - 1 + i] ? convertValue(vals[nparams - 1 + i], types[nparams - 1 + i], elem) : zero(elem);
        store(Addr{b.CreateInBoundsGEP(memType(elem), arr, b.getInt64(i)), elem}, v);
      }
      out.push_back(arr);
      out.push_back(b.getInt64(n));
      out.push_back(b.getInt64(n));
    }
  } else {
    for (size_t i = 0; i < nparams && i < vals.size(); i++) add(vals[i], types[i], sig->params->vars[i]->type);
  }
  return out;
}

Signature* CodeGen::callSignature(CallExpr* c) {
  Expr* f = unparen(c->fun);
  if (SelectorExpr* s = f->as<SelectorExpr>(); s && s->selection && s->selection->kind == SelectionKind::MethodVal) {
    return s->selection->obj->as<Func>()->sig();
  }
  return under(f->type)->as<Signature>();
}

// The receiver value for calling method m through selector s: the
// embedded-field path is followed and the receiver is addressed or
// dereferenced as the method wants.
Val CodeGen::receiver(SelectorExpr* s, Func* m, Type** recvType) {
  Selection* sel = s->selection;
  Type* t = s->x->type;
  bool ptrRecv = m->hasPtrRecv;
  std::span<int> path = sel->index.first(sel->index.size() - 1);
  // Work with an address when one is needed (pointer receiver, or fields reached through pointers).
  bool viaAddr = ptrRecv || under(t)->is<Pointer>() || !path.empty();
  if (recvType) *recvType = t;
  if (!viaAddr) return expr(s->x);
  Addr a;
  if (Pointer* p = under(t)->as<Pointer>()) {
    llvm::Value* ptr = expr(s->x).parts[0];
    if (path.empty() && ptrRecv) return Val{{ptr}};
    nilCheck(ptr, s->pos);
    a = Addr{ptr, p->base};
  } else if (addressable(s->x)) {
    a = addr(s->x);
  } else {
    // A non-addressable value (e.g. a call result): spill a copy.
    Val v = expr(s->x);
    llvm::Value* tmp = heapAlloc(t);
    store(Addr{tmp, t}, v, false);
    a = Addr{tmp, t};
  }
  for (size_t i = 0; i < path.size(); i++) {
    a = field(a, path[i]);
    if (recvType) *recvType = a.type;
    if (Pointer* p = under(a.type)->as<Pointer>()) {
      llvm::Value* ptr = load(a).parts[0];
      if (i + 1 == path.size() && ptrRecv) return Val{{ptr}};
      nilCheck(ptr, s->pos);
      a = Addr{ptr, p->base};
    }
  }
  if (ptrRecv) return Val{{asReference(a.ptr)}};
  return load(a);
}

// (*T).M through a nil pointer for a value method M: the wrapper has no T to
// copy and panics as Go's panicwrap does.
void CodeGen::panicwrapCheck(llvm::Value* ptr, Named* base, Func* m, Pos pos) {
  llvm::Value *plen, *tlen, *mlen;
  llvm::Value* pkg = stringConst(base->obj->pkg ? base->obj->pkg->name : "", &plen);
  llvm::Value* typ = stringConst(base->obj->name, &tlen);
  llvm::Value* meth = stringConst(m->name, &mlen);
  check(b.CreateICmpEQ(ptr, llvm::ConstantPointerNull::get(gcPtr)), "panicwrap", {pkg, plen, typ, tlen, meth, mlen},
        pos);
}

// The function an interface value x of type iface runs for method m (after
// a nil check), and its type: fn(nil, data, args...).
std::pair<llvm::Value*, llvm::FunctionType*> CodeGen::interfaceMethod(const Val& x, Type* iface, Func* m, Pos pos) {
  std::span<Func*> ms = allMethods(under(iface)->as<Interface>());
  size_t idx = std::find_if(ms.begin(), ms.end(), [&](Func* f) { return f->name == m->name; }) - ms.begin();
  nilCheck(x.parts[0], pos);
  llvm::Value* fn = b.CreateLoad(rawPtr, b.CreateConstInBoundsGEP1_64(rawPtr, x.parts[0], 2 + idx));
  Signature plain = *m->sig();
  plain.recv = nullptr;
  llvm::FunctionType* ft = funcType(&plain, false);
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.insert(params.begin() + 1, gcPtr);
  return {fn, llvm::FunctionType::get(ft->getReturnType(), params, false)};
}

// Evaluates the callee and the arguments of a call that is not a builtin or
// a conversion; emitCall then makes the call (a deferred call emits it later).
PreparedCall CodeGen::prepareCall(CallExpr* c) {
  PreparedCall pc;
  Expr* f = unparen(c->fun);
  // Direct call of a package-level function.
  Func* direct = nullptr;
  if (Name* n = f->as<Name>()) direct = n->obj ? n->obj->as<Func>() : nullptr;
  if (SelectorExpr* s = f->as<SelectorExpr>(); s && !s->selection) direct = s->sel->obj ? s->sel->obj->as<Func>() : nullptr;
  if (direct) {
    llvm::Function* fn = function(direct);
    pc.type = fn->getFunctionType();
    pc.callee = fn;
    pc.args.push_back(llvm::ConstantPointerNull::get(gcPtr));
    std::vector<llvm::Value*> rest = callArgs(c, direct->sig());
    pc.args.insert(pc.args.end(), rest.begin(), rest.end());
    return pc;
  }
  if (SelectorExpr* s = f->as<SelectorExpr>(); s && s->selection && s->selection->kind == SelectionKind::MethodVal) {
    Func* m = s->selection->obj->as<Func>();
    Signature* sig = m->sig();
    Type* recvType;
    Val recv = receiver(s, m, &recvType);
    if (under(recvType)->is<Interface>()) {
      // Dynamic dispatch (x's own method or one promoted from an embedded
      // interface): itab->fun[i](nil, data, args...).
      auto [fn, type] = interfaceMethod(recv, recvType, m, s->sel->pos);
      pc.callee = fn;
      pc.type = type;
      pc.args = {llvm::ConstantPointerNull::get(gcPtr), recv.parts[1]};
      std::vector<llvm::Value*> rest = callArgs(c, sig);
      pc.args.insert(pc.args.end(), rest.begin(), rest.end());
      return pc;
    }
    llvm::Function* fn = function(m);
    pc.type = fn->getFunctionType();
    pc.callee = fn;
    pc.args.push_back(llvm::ConstantPointerNull::get(gcPtr));
    pc.args.insert(pc.args.end(), recv.parts.begin(), recv.parts.end());
    std::vector<llvm::Value*> rest = callArgs(c, sig);
    pc.args.insert(pc.args.end(), rest.begin(), rest.end());
    return pc;
  }
  // A function value: closure->fn(closure, args...).
  Signature* sig = under(f->type)->as<Signature>();
  llvm::Value* clo = expr(f).parts[0];
  nilCheck(clo, c->pos);
  pc.callee = b.CreateLoad(rawPtr, clo);
  pc.type = funcType(sig, false);
  pc.args.push_back(clo);
  std::vector<llvm::Value*> rest = callArgs(c, sig);
  pc.args.insert(pc.args.end(), rest.begin(), rest.end());
  return pc;
}

llvm::Value* CodeGen::emitCall(const PreparedCall& pc, Pos pos) {
  return call(llvm::FunctionCallee(pc.type, pc.callee), pc.args, pos);
}

llvm::Value* CodeGen::callValue(CallExpr* c) { return emitCall(prepareCall(c), c->pos); }

Val CodeGen::callExpr(CallExpr* c) {
  Expr* f = unparen(c->fun);
  if (f->mode == OperandMode::TypeExpr) return conversion(c->args[0], c->type);
  if (f->mode == OperandMode::Builtin) return builtinCall(c);
  llvm::Value* r = callValue(c);
  Signature* sig = callSignature(c);
  std::vector<Val> rs = splitResults(r, sig);
  if (rs.size() == 1) return rs[0];
  Val all;
  for (Val& v : rs) all.parts.insert(all.parts.end(), v.parts.begin(), v.parts.end());
  return all;
}

// x.M as a value: a closure binding (a copy of) the receiver.
Val CodeGen::methodValue(SelectorExpr* s) {
  Func* m = s->selection->obj->as<Func>();
  Signature* sig = s->type->as<Signature>();
  // Bound through an interface: x's own method or one promoted from an
  // embedded interface; a nil interface panics here, at the binding.
  Type* recvType;
  Val recv = receiver(s, m, &recvType);
  bool dynamic = under(recvType)->is<Interface>();
  if (dynamic) nilCheck(recv.parts[0], s->pos);
  std::vector<llvm::Type*> fields{rawPtr};
  for (llvm::Value* v : recv.parts) fields.push_back(v->getType());
  auto* ty = llvm::StructType::get(ctx, fields);
  // The code: loads the bound receiver and calls the method.
  static int counter = 0;
  llvm::Function* fn = llvm::Function::Create(funcType(sig, false), llvm::GlobalValue::InternalLinkage,
                                              "goji.methodvalue." + std::to_string(++counter), *mod);
  setGoFunctionAttrs(fn);
  {
    llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
    FuncState* outer = fs;
    FuncState state;
    state.fn = fn;
    state.name = outer->name;
    state.wrapper = true;
    fs = &state;
    b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
    llvm::Value* ctxArg = &*fn->arg_begin();
    std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(gcPtr)};
    std::vector<llvm::Value*> bound;
    for (size_t i = 0; i < recv.parts.size(); i++) {
      bound.push_back(b.CreateLoad(fields[i + 1], b.CreateStructGEP(ty, ctxArg, static_cast<unsigned>(i + 1))));
    }
    llvm::Value* r;
    std::vector<llvm::Value*> params;
    for (auto it = fn->arg_begin() + 1; it != fn->arg_end(); ++it) params.push_back(&*it);
    if (dynamic) {
      Interface* it = under(recvType)->as<Interface>();
      std::span<Func*> ms = allMethods(it);
      size_t idx = std::find(ms.begin(), ms.end(), m) - ms.begin();
      llvm::Value* fnp = b.CreateLoad(rawPtr, b.CreateConstInBoundsGEP1_64(rawPtr, bound[0], 2 + idx));
      args.push_back(bound[1]);
      args.insert(args.end(), params.begin(), params.end());
      std::vector<llvm::Type*> ptys{gcPtr, gcPtr};
      for (llvm::Value* p : params) ptys.push_back(p->getType());
      r = call(llvm::FunctionCallee(llvm::FunctionType::get(fn->getReturnType(), ptys, false), fnp), args, s->pos);
    } else {
      args.insert(args.end(), bound.begin(), bound.end());
      args.insert(args.end(), params.begin(), params.end());
      r = call(function(m), args, s->pos);
    }
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(r);
    }
    fs = outer;
    b.restoreIP(ip);
  }
  llvm::Value* clo = call(rt("goji_alloc"), {rawTypeDesc(ty)}, s->pos);
  b.CreateStore(fn, b.CreateStructGEP(ty, clo, 0));
  for (size_t i = 0; i < recv.parts.size(); i++) {
    b.CreateStore(recv.parts[i], b.CreateStructGEP(ty, clo, static_cast<unsigned>(i + 1)));
  }
  return Val{{clo}};
}

// T.M or (*T).M as a value: a function whose first parameter is the receiver.
Val CodeGen::methodExpr(SelectorExpr* s) {
  Func* m = s->selection->obj->as<Func>();
  Signature* sig = s->type->as<Signature>();
  std::string name = "goji.methodexpr." + typeKey(s->x->type) + "." + std::string(m->name);
  llvm::Function* fn = mod->getFunction(name);
  if (!fn) {
    fn = llvm::Function::Create(funcType(sig, false), llvm::GlobalValue::LinkOnceODRLinkage, name, *mod);
    setGoFunctionAttrs(fn);
    llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
    FuncState* outer = fs;
    FuncState state;
    state.fn = fn;
    state.name = outer ? outer->name : "";
    state.wrapper = true;
    fs = &state;
    b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
    // Parameters: receiver (of type T or *T) then the method's parameters.
    auto arg = fn->arg_begin() + 1;
    Type* rt0 = s->x->type;
    Val recv;
    for (size_t i = 0; i < flatCount(rt0); i++) recv.parts.push_back(&*arg++);
    std::vector<llvm::Value*> rest;
    for (; arg != fn->arg_end(); ++arg) rest.push_back(&*arg);
    llvm::Value* r;
    if (Interface* it = under(rt0)->as<Interface>()) {
      std::span<Func*> ms = allMethods(it);
      size_t idx = std::find(ms.begin(), ms.end(), m) - ms.begin();
      nilCheck(recv.parts[0], s->pos);
      llvm::Value* fnp = b.CreateLoad(rawPtr, b.CreateConstInBoundsGEP1_64(rawPtr, recv.parts[0], 2 + idx));
      std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(gcPtr), recv.parts[1]};
      args.insert(args.end(), rest.begin(), rest.end());
      std::vector<llvm::Type*> ptys{gcPtr, gcPtr};
      for (llvm::Value* p : rest) ptys.push_back(p->getType());
      r = call(llvm::FunctionCallee(llvm::FunctionType::get(fn->getReturnType(), ptys, false), fnp), args, s->pos);
    } else {
      // Follow the embedded-field path of a promoted method, as receiver() does.
      std::span<const int> path(s->selection->index.data(), s->selection->index.size() - 1);
      Type* recvType = rt0;
      if (!path.empty() || m->hasPtrRecv != under(rt0)->is<Pointer>()) {
        Addr a;
        if (Pointer* p = under(rt0)->as<Pointer>()) {
          Named* base = p->base->as<Named>();
          if (path.empty() && base) {
            panicwrapCheck(recv.parts[0], base, m, s->pos);
          } else {
            nilCheck(recv.parts[0], s->pos);
          }
          a = Addr{recv.parts[0], p->base};
        } else {
          llvm::Value* tmp = heapAlloc(rt0);
          store(Addr{tmp, rt0}, recv, false);
          a = Addr{tmp, rt0};
        }
        for (size_t i = 0; i < path.size(); i++) {
          a = field(a, path[i]);
          if (Pointer* p = under(a.type)->as<Pointer>()) {
            llvm::Value* ptr = load(a).parts[0];
            // A pointer receiver reached last is passed as it is, even nil.
            if (!(i + 1 == path.size() && m->hasPtrRecv)) nilCheck(ptr, s->pos);
            a = Addr{ptr, p->base};
          }
        }
        recvType = a.type;
        recv = m->hasPtrRecv ? Val{{a.ptr}} : load(a);
      }
      std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(gcPtr)};
      llvm::FunctionCallee callee;
      if (under(recvType)->is<Interface>()) {
        auto [ifn, type] = interfaceMethod(recv, recvType, m, s->pos);
        callee = llvm::FunctionCallee(type, ifn);
        args.push_back(recv.parts[1]);
      } else {
        callee = function(m);
        args.insert(args.end(), recv.parts.begin(), recv.parts.end());
      }
      args.insert(args.end(), rest.begin(), rest.end());
      r = call(callee, args, s->pos);
    }
    if (fn->getReturnType()->isVoidTy()) {
      b.CreateRetVoid();
    } else {
      b.CreateRet(r);
    }
    fs = outer;
    b.restoreIP(ip);
  }
  std::string gname = "goji.funcval." + name;
  llvm::GlobalVariable* g = mod->getGlobalVariable(gname);
  if (!g) g = staticClosure(gname, fn);
  return Val{{g}};
}

// ---------------------------------------------------------------------------
// Composite literals

Val CodeGen::compositeLit(CompositeLit* lit) {
  Type* t = lit->type;
  Type* u = under(t);
  if (Pointer* p = u->as<Pointer>()) {
    // &T{...} elided in a composite literal of pointers: {...} means &T{...}.
    Type* base = p->base;
    CompositeLit inner = *lit;
    inner.type = base;
    Val v = compositeLit(&inner);
    llvm::Value* ptr = heapAlloc(base);
    store(Addr{ptr, base}, v, false);
    return Val{{ptr}};
  }
  if (Struct* st = u->as<Struct>()) {
    std::vector<Val> fields;
    for (Var* f : st->fields) fields.push_back(zero(f->type));
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
      fields[idx] = elemValue(el, st->fields[idx]->type);
    }
    Val v;
    for (Val& f : fields) v.parts.insert(v.parts.end(), f.parts.begin(), f.parts.end());
    return v;
  }
  if (Array* at = u->as<Array>()) {
    std::vector<Val> elems(static_cast<size_t>(at->len), zero(at->elem));
    int64_t idx = 0;
    for (Expr* el : lit->elems) {
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        idx = kv->key->value->int64Val();
        el = kv->val;
      }
      elems[static_cast<size_t>(idx++)] = elemValue(el, at->elem);
    }
    Val v;
    for (Val& e : elems) v.parts.insert(v.parts.end(), e.parts.begin(), e.parts.end());
    return v;
  }
  if (Slice* sl = u->as<Slice>()) {
    // The length is the largest index + 1.
    int64_t n = 0, idx = 0;
    for (Expr* el : lit->elems) {
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) idx = kv->key->value->int64Val();
      n = std::max(n, ++idx);
    }
    llvm::Value* arr = call(rt("goji_makeslice"), {typeDesc(sl->elem), b.getInt64(n)}, lit->pos);
    idx = 0;
    for (Expr* el : lit->elems) {
      if (KeyValueExpr* kv = el->as<KeyValueExpr>()) {
        idx = kv->key->value->int64Val();
        el = kv->val;
      }
      Val v = elemValue(el, sl->elem);
      store(Addr{b.CreateInBoundsGEP(memType(sl->elem), arr, b.getInt64(idx++)), sl->elem}, v);
    }
    return Val{{arr, b.getInt64(n), b.getInt64(n)}};
  }
  if (Map* mt = u->as<Map>()) {
    if (llvm::Value* m = staticMap(lit, t)) return Val{{m}};
    llvm::Value* m = call(rt("goji_makemap"), {typeDesc(t), b.getInt64(static_cast<int64_t>(lit->elems.size()))}, lit->pos);
    // As gc: the static entries first, then the others in source order,
    // each ordered as the statement m[k] = v.
    std::vector<KeyValueExpr*> entries;
    for (bool statics : {true, false}) {
      for (Expr* el : lit->elems) {
        auto* kv = el->as<KeyValueExpr>();
        if ((isStaticLiteral(kv->key, mt->key) && isStaticLiteral(kv->val, mt->elem)) == statics) entries.push_back(kv);
      }
    }
    for (KeyValueExpr* kv : entries) {
      StmtOrder order(*this);
      order.operands(kv->key, true);
      order.operands(kv->val, true);
      Val v = elemValue(kv->val, mt->elem);
      Val k = elemValue(kv->key, mt->key);
      llvm::Value* slot = mapAssignSlot(t, m, k, lit->pos);
      store(Addr{slot, mt->elem}, v);
    }
    return Val{{m}};
  }
  return zero(t);
}

// Whether e, converted to t, is what gc calls a static composite literal
// once ordered: a constant or nil, or an array or struct literal of them,
// with no conversion to an interface on the way.
bool CodeGen::isStaticLiteral(Expr* e, Type* t) {
  e = unparen(e);
  if (e->mode == OperandMode::NilValue) return true;
  if (isInterface(t)) return false;
  if (e->mode == OperandMode::Constant && e->value) return true;
  auto* c = e->as<CompositeLit>();
  if (!c) return false;
  Type* u = under(c->type);
  if (Array* at = u->as<Array>()) {
    for (Expr* el : c->elems) {
      if (auto* kv = el->as<KeyValueExpr>()) el = kv->val;
      if (!isStaticLiteral(el, at->elem)) return false;
    }
    return true;
  }
  if (Struct* st = u->as<Struct>()) {
    for (size_t i = 0; i < c->elems.size(); i++) {
      Expr* el = c->elems[i];
      Type* ft = i < st->fields.size() ? st->fields[i]->type : nullptr;
      if (auto* kv = el->as<KeyValueExpr>()) {
        el = kv->val;
        ft = kv->key->as<Name>()->obj->type;
      }
      if (!ft || !isStaticLiteral(el, ft)) return false;
    }
    return true;
  }
  return false;
}

// An element of a composite literal (elided literal types take the element type).
Val CodeGen::elemValue(Expr* e, Type* t) {
  if (CompositeLit* c = e->as<CompositeLit>(); c && !c->typ) {
    CompositeLit inner = *c;
    inner.type = t;
    return compositeLit(&inner);
  }
  return exprAs(e, t);
}

// ---------------------------------------------------------------------------
// Maps

// Calls the map entry fn with the key in memory: a heap copy if the key
// holds pointers (no alloca may hold a GC pointer), otherwise a stack slot
// passed to fn's "_slot" declaration, whose key parameter is an ordinary
// pointer (a stack address must never pass for a GC reference).
llvm::Value* CodeGen::mapKeyCall(const std::string& fn, Type* mapType, llvm::Value* m, const Val& k, Pos pos) {
  Type* keyType = under(mapType)->as<Map>()->key;
  if (hasPointers(keyType)) {
    llvm::Value* p = heapAlloc(keyType);
    store(Addr{p, keyType}, k, false);
    return call(rt(fn.c_str()), {typeDesc(mapType), m, p}, pos);
  }
  llvm::Value* p = entryAlloca(memType(keyType));
  store(Addr{p, keyType}, k, false);
  return call(rt((fn + "_slot").c_str()), {typeDesc(mapType), m, p}, pos);
}

llvm::Value* CodeGen::mapAssignSlot(Type* mapType, llvm::Value* m, const Val& k, Pos pos) {
  Map* mt = under(mapType)->as<Map>();
  check(b.CreateICmpEQ(m, llvm::ConstantPointerNull::get(gcPtr)), "panicnilmap", {}, pos);
  if (isString(mt->key)) return call(rt("goji_mapassign_str"), {typeDesc(mapType), m, k.parts[0], k.parts[1]}, pos);
  return mapKeyCall("goji_mapassign", mapType, m, k, pos);
}

llvm::Value* CodeGen::mapLookup(Type* mapType, llvm::Value* m, const Val& k, Pos pos) {
  Map* mt = under(mapType)->as<Map>();
  if (isString(mt->key)) return call(rt("goji_mapaccess_str"), {typeDesc(mapType), m, k.parts[0], k.parts[1]}, pos);
  return mapKeyCall("goji_mapaccess", mapType, m, k, pos);
}

// m[k]; with ok, the comma-ok form.
Val CodeGen::mapIndex(IndexExpr* ix, llvm::Value** ok) {
  Type* mapType = ix->x->type;
  Map* mt = under(mapType)->as<Map>();
  llvm::Value* m = expr(ix->x).parts[0];
  Val k = exprAs(ix->index, mt->key);
  llvm::Value* slot = mapLookup(mapType, m, k, ix->pos);
  llvm::Value* found = b.CreateICmpNE(slot, llvm::ConstantPointerNull::get(gcPtr));
  if (ok) *ok = found;
  llvm::BasicBlock* cur = b.GetInsertBlock();
  llvm::BasicBlock* yes = llvm::BasicBlock::Create(ctx, "map.found", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "map.done", fs->fn);
  b.CreateCondBr(found, yes, done);
  b.SetInsertPoint(yes);
  Val v = load(Addr{slot, mt->elem});
  llvm::BasicBlock* yesEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  Val z = zero(mt->elem);
  Val r;
  for (size_t i = 0; i < v.parts.size(); i++) {
    llvm::PHINode* phi = b.CreatePHI(v.parts[i]->getType(), 2);
    phi->addIncoming(z.parts[i], cur);
    phi->addIncoming(v.parts[i], yesEnd);
    r.parts.push_back(phi);
  }
  return r;
}


}  // namespace goji
