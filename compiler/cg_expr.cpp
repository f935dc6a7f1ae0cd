// Expressions: operands, selectors, indexing and slicing with their bounds
// checks, operators with Go's semantics (wrapping arithmetic, division and
// shift rules), comparisons, conversions, and type assertions.
#include <optional>

#include "compiler/cg.h"
#include "compiler/cg_escape.h"
#include "llvm/IR/IntrinsicsX86.h"
#include "vm/abi.h"

namespace goji {

namespace {

bool isStringT(Type* t) { return isString(t); }
bool isFloatT(Type* t) { return isFloat(t); }
bool isUnsignedT(Type* t) { return isUnsigned(t); }

}  // namespace

// ---------------------------------------------------------------------------
// Runtime errors raised through package runtime's Go functions

Func* CodeGen::runtimeFunc(const char* name) {
  auto it = prog.packages.find("runtime");
  if (it == prog.packages.end()) llvm::report_fatal_error("goji: package runtime is not loaded");
  Object* obj = it->second->scope->lookup(name);
  if (!obj || !obj->is<Func>()) llvm::report_fatal_error(llvm::Twine("goji: runtime.") + name + " is missing");
  return static_cast<Func*>(obj);
}

void CodeGen::panicCall(const char* name, std::vector<llvm::Value*> args, Pos pos) {
  Func* f = runtimeFunc(name);
  args.insert(args.begin(), llvm::ConstantPointerNull::get(gcPtr));
  llvm::CallInst* c = call(function(f), args, pos);
  c->setDoesNotReturn();
  b.CreateUnreachable();
  // Code after a failed check continues in a fresh (unreachable) block.
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "dead", fs->fn));
}

// Branches to a cold block calling runtime.name(args) when failed is true.
void CodeGen::check(llvm::Value* failed, const char* name, std::vector<llvm::Value*> args, Pos pos) {
  llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx, "panic", fs->fn);
  llvm::BasicBlock* ok = llvm::BasicBlock::Create(ctx, "ok", fs->fn);
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(failed, bad, ok, md.createBranchWeights(1, 2000));
  b.SetInsertPoint(bad);
  Func* f = runtimeFunc(name);
  args.insert(args.begin(), llvm::ConstantPointerNull::get(gcPtr));
  llvm::CallInst* c = call(function(f), args, pos);
  c->setDoesNotReturn();
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}

void CodeGen::nilCheck(llvm::Value* p, Pos pos) {
  check(b.CreateICmpEQ(p, llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(p->getType()))), "panicmem", {},
        pos);
}

llvm::Value* CodeGen::toInt64(llvm::Value* v, Type* t) {
  if (v->getType() == i64) return v;
  return isUnsignedT(t) ? b.CreateZExt(v, i64) : b.CreateSExt(v, i64);
}

// 0 <= i < n, else runtime.panicIndex(i, n).
void CodeGen::boundsCheck(llvm::Value* i, Type* it, llvm::Value* n, Pos pos) {
  llvm::Value* i64v = toInt64(i, it);
  check(b.CreateICmpUGE(i64v, n), isUnsignedT(it) ? "panicIndexU" : "panicIndex", {i64v, n}, pos);
}

// ---------------------------------------------------------------------------
// Operands

Val CodeGen::expr(Expr* e) {
  if (e->mode == OperandMode::Constant && e->value) return constant(e->type, *e->value);
  if (!evaluated.empty()) {
    if (auto it = evaluated.find(e); it != evaluated.end()) return it->second;
  }
  switch (e->kind) {
    case NodeKind::Name: return nameValue(static_cast<Name*>(e));
    case NodeKind::ParenExpr: return expr(static_cast<ParenExpr*>(e)->x);
    case NodeKind::FuncLit: return funcLit(static_cast<FuncLit*>(e));
    case NodeKind::CompositeLit: return compositeLit(static_cast<CompositeLit*>(e));
    case NodeKind::SelectorExpr: return selector(static_cast<SelectorExpr*>(e));
    case NodeKind::IndexExpr: return index(static_cast<IndexExpr*>(e));
    case NodeKind::SliceExpr: return sliceExpr(static_cast<SliceExpr*>(e));
    case NodeKind::AssertExpr: return assertExpr(static_cast<AssertExpr*>(e), nullptr);
    case NodeKind::CallExpr: return callExpr(static_cast<CallExpr*>(e));
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      if (!o->y) return unary(o);
      return binary(o);
    }
    default: llvm::report_fatal_error("goji: unexpected expression in code generation");
  }
}

Val CodeGen::nameValue(Name* n) {
  Object* obj = n->obj;
  if (!obj) return zero(n->type);
  switch (obj->kind) {
    case ObjKind::Var: return load(Addr{varHome(static_cast<Var*>(obj)).ptr, obj->type});
    case ObjKind::Func: return Val{{funcValue(static_cast<Func*>(obj))}};
    case ObjKind::Nil: return zero(n->type);
    case ObjKind::Const: return constant(n->type, *static_cast<Const*>(obj)->val);
    default: return zero(n->type);
  }
}

Val CodeGen::exprAs(Expr* e, Type* target) {
  Val v = expr(e);
  if (!target || !e->type) return v;
  if (e->mode == OperandMode::NilValue || (e->type->is<Basic>() && e->type->as<Basic>()->bkind == BasicKind::UntypedNil)) {
    return zero(target);
  }
  return convertValue(std::move(v), e->type, target);
}

llvm::Value* CodeGen::cond(Expr* e) { return expr(e).parts[0]; }

// The flattened parts of field `index` of a struct value.
Val CodeGen::extractField(const Val& v, Type* structType, int index) {
  Struct* s = under(structType)->as<Struct>();
  size_t off = 0;
  for (int i = 0; i < index; i++) off += flatCount(s->fields[i]->type);
  size_t n = flatCount(s->fields[index]->type);
  return Val{std::vector<llvm::Value*>(v.parts.begin() + off, v.parts.begin() + off + n)};
}

// ---------------------------------------------------------------------------
// Addressable expressions

bool CodeGen::addressable(Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Name: {
      Object* obj = static_cast<Name*>(e)->obj;
      return obj && obj->is<Var>();
    }
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<SelectorExpr*>(e);
      if (!s->selection) {
        Object* obj = s->sel->obj;
        return obj && obj->is<Var>();  // pkg.Var
      }
      if (s->selection->kind != SelectionKind::FieldVal) return false;
      return s->selection->indirect || under(s->x->type)->is<Pointer>() || addressable(s->x);
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      Type* u = under(ix->x->type);
      if (u->is<Slice>()) return true;
      if (u->is<Pointer>()) return true;
      if (u->is<Array>()) return addressable(ix->x);
      return false;
    }
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      return o->op == Op::Mul && !o->y;
    }
    case NodeKind::CompositeLit: return false;
    default: return false;
  }
}

Addr CodeGen::addr(Expr* e) {
  std::vector<PendingCheck>* pending = std::exchange(targetChecks, nullptr);  // for this step only
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Name: {
      Var* v = static_cast<Name*>(e)->obj->as<Var>();
      return Addr{varHome(v).ptr, v->type};
    }
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<SelectorExpr*>(e);
      if (!s->selection) {
        Var* v = s->sel->obj->as<Var>();
        return Addr{varHome(v).ptr, v->type};
      }
      return fieldAddr(s, pending);
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<IndexExpr*>(e);
      Type* u = under(ix->x->type);
      Type* it = ix->index->type;
      // The operand, then the index (calls in both run in source order).
      if (Slice* sl = u->as<Slice>()) {
        Val sv = expr(ix->x);
        Val idx = expr(ix->index);
        checkOrDefer(pending, PendingCheck{idx.parts[0], sv.parts[1], it, ix->pos});
        llvm::Value* p = b.CreateInBoundsGEP(memType(sl->elem), sv.parts[0], toInt64(idx.parts[0], it));
        // Past its bounds check an element's address is never nil (a slice
        // with elements has an array): later nil checks of it fold away.
        if (!pending) b.CreateAssumption(b.CreateICmpNE(p, llvm::ConstantPointerNull::get(gcPtr)));
        return Addr{p, sl->elem};
      }
      if (Pointer* pt = u->as<Pointer>()) {
        Array* arr = under(pt->base)->as<Array>();
        llvm::Value* p = expr(ix->x).parts[0];
        Val idx = expr(ix->index);
        checkOrDefer(pending, PendingCheck{p, nullptr, nullptr, ix->pos});
        checkOrDefer(pending, PendingCheck{idx.parts[0], b.getInt64(arr->len), it, ix->pos});
        return element(Addr{p, pt->base}, toInt64(idx.parts[0], it));
      }
      Addr base = addr(ix->x);
      Val idx = expr(ix->index);
      Array* arr = u->as<Array>();
      if (!(ix->index->mode == OperandMode::Constant)) checkOrDefer(pending, PendingCheck{idx.parts[0], b.getInt64(arr->len), it, ix->pos});
      return element(base, toInt64(idx.parts[0], it));
    }
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      llvm::Value* p = expr(o->x).parts[0];
      checkOrDefer(pending, PendingCheck{p, nullptr, nullptr, o->pos});
      return Addr{p, under(o->x->type)->as<Pointer>()->base};
    }
    default: llvm::report_fatal_error("goji: not an addressable expression");
  }
}

void CodeGen::runCheck(const PendingCheck& c) {
  if (c.len) {
    boundsCheck(c.value, c.indexType, c.len, c.pos);
  } else {
    nilCheck(c.value, c.pos);
  }
}

void CodeGen::checkOrDefer(std::vector<PendingCheck>* pending, const PendingCheck& c) {
  if (pending) {
    pending->push_back(c);
  } else {
    runCheck(c);
  }
}

// The address of x.f (following the embedded-field path and implicit derefs).
// x's own check is left pending (see targetChecks) only when f is its
// direct field: a longer path may load through x.
Addr CodeGen::fieldAddr(SelectorExpr* s, std::vector<PendingCheck>* pending) {
  Selection* sel = s->selection;
  Type* xt = s->x->type;
  Addr a;
  if (Pointer* p = under(xt)->as<Pointer>()) {
    llvm::Value* ptr = expr(s->x).parts[0];
    checkOrDefer(sel->index.size() == 1 ? pending : nullptr, PendingCheck{ptr, nullptr, nullptr, s->pos});
    a = Addr{ptr, p->base};
  } else {
    if (sel->index.size() == 1) targetChecks = pending;
    a = addr(s->x);
  }
  for (size_t i = 0; i < sel->index.size(); i++) {
    a = field(a, sel->index[i]);
    if (i + 1 < sel->index.size()) {
      if (Pointer* p = under(a.type)->as<Pointer>()) {
        llvm::Value* ptr = load(a).parts[0];
        nilCheck(ptr, s->pos);
        a = Addr{ptr, p->base};
      }
    }
  }
  return a;
}

// ---------------------------------------------------------------------------
// Selectors

Val CodeGen::selector(SelectorExpr* s) {
  if (!s->selection) {
    // A qualified identifier: pkg.Name.
    Object* obj = s->sel->obj;
    if (!obj) return zero(s->type);
    if (Var* v = obj->as<Var>()) return load(Addr{varHome(v).ptr, v->type});
    if (Func* f = obj->as<Func>()) return Val{{funcValue(f)}};
    if (Const* c = obj->as<Const>()) return constant(s->type, *c->val);
    return zero(s->type);
  }
  switch (s->selection->kind) {
    case SelectionKind::FieldVal: {
      if (addressable(s)) return load(fieldAddr(s));
      // A field of a non-addressable struct value (a call result, ...).
      Val v = expr(s->x);
      Type* t = s->x->type;
      for (size_t i = 0; i < s->selection->index.size(); i++) {
        int idx = s->selection->index[i];
        if (Pointer* p = under(t)->as<Pointer>()) {
          nilCheck(v.parts[0], s->pos);
          Addr a = field(Addr{v.parts[0], p->base}, idx);
          v = load(a);
          t = a.type;
          continue;
        }
        Struct* st = under(t)->as<Struct>();
        v = extractField(v, t, idx);
        t = st->fields[idx]->type;
      }
      return v;
    }
    case SelectionKind::MethodVal: return methodValue(s);
    case SelectionKind::MethodExpr: return methodExpr(s);
  }
  return zero(s->type);
}

// ---------------------------------------------------------------------------
// Indexing and slicing

Val CodeGen::index(IndexExpr* ix) {
  Type* u = under(ix->x->type);
  if (u->is<Map>()) return mapIndex(ix, nullptr);
  if (isStringT(u)) {
    Val s = expr(ix->x);
    Val i = expr(ix->index);
    if (!(ix->index->mode == OperandMode::Constant && ix->x->mode == OperandMode::Constant)) {
      boundsCheck(i.parts[0], ix->index->type, s.parts[1], ix->pos);
    }
    llvm::Value* p = b.CreateInBoundsGEP(i8, s.parts[0], toInt64(i.parts[0], ix->index->type));
    return Val{{b.CreateLoad(i8, p)}};
  }
  if (u->is<Array>() && !addressable(ix->x)) {
    // Indexing an array value: spill it to a temporary.
    Val arr = expr(ix->x);
    Val i = expr(ix->index);
    Array* at = u->as<Array>();
    if (ix->index->mode == OperandMode::Constant) {
      size_t n = flatCount(at->elem);
      size_t k = static_cast<size_t>(ix->index->value->int64Val());
      return Val{std::vector<llvm::Value*>(arr.parts.begin() + k * n, arr.parts.begin() + (k + 1) * n)};
    }
    boundsCheck(i.parts[0], ix->index->type, b.getInt64(at->len), ix->pos);
    llvm::Value* tmp = hasPointers(at) ? heapAlloc(ix->x->type) : entryAlloca(memType(ix->x->type));
    store(Addr{tmp, ix->x->type}, arr, false);
    return load(element(Addr{tmp, ix->x->type}, toInt64(i.parts[0], ix->index->type)));
  }
  return load(addr(ix));
}

llvm::Value* CodeGen::entryAlloca(llvm::Type* t) {
  llvm::IRBuilder<> eb(&fs->fn->getEntryBlock(), fs->fn->getEntryBlock().begin());
  return eb.CreateAlloca(t);
}

Val CodeGen::sliceExpr(SliceExpr* s) {
  Type* u = under(s->x->type);
  llvm::Value* base;
  llvm::Value* len;
  llvm::Value* cap;
  Type* elem;
  if (isStringT(u)) {
    Val v = expr(s->x);
    base = v.parts[0];
    len = cap = v.parts[1];
    elem = basicType(BasicKind::Uint8);
  } else if (Slice* sl = u->as<Slice>()) {
    Val v = expr(s->x);
    base = v.parts[0];
    len = v.parts[1];
    cap = v.parts[2];
    elem = sl->elem;
  } else {
    // An addressable array, or a pointer to an array.
    Addr a;
    if (Pointer* p = u->as<Pointer>()) {
      llvm::Value* ptr = expr(s->x).parts[0];
      nilCheck(ptr, s->pos);
      a = Addr{ptr, p->base};
    } else {
      a = addr(s->x);
      // A slice of a stack variable the escape analysis let be addressed
      // is a GC reference like any other (other stack arrays are sliced
      // only to be copied, as plain pointers).
      if (Var* v = addressRoot(s->x); v && escapes && escapes->stackVars.count(v)) a.ptr = asReference(a.ptr);
    }
    Array* at = under(a.type)->as<Array>();
    base = a.ptr;
    len = cap = b.getInt64(at->len);
    elem = at->elem;
  }
  auto idx = [&](Expr* e, llvm::Value* dflt) -> llvm::Value* {
    if (!e) return dflt;
    return toInt64(expr(e).parts[0], e->type);
  };
  llvm::Value* lo = idx(s->index[0], b.getInt64(0));
  llvm::Value* hi = idx(s->index[1], len);
  llvm::Value* max = s->full ? idx(s->index[2], cap) : cap;
  // Checks in Go's order: max <= cap, hi <= max, lo <= hi. An index of
  // unsigned type is reported as unsigned (the runtime's ...U variants).
  bool str = isStringT(u);
  bool isSlice = u->is<Slice>();
  auto fail = [&](const char* name, int index) {
    Expr* e = s->index[index];
    return std::string(name) + (e && isUnsignedT(e->type) ? "U" : "");
  };
  if (s->full) {
    check(b.CreateICmpUGT(max, cap), fail(isSlice ? "panicSlice3Acap" : "panicSlice3Alen", 2).c_str(), {max, cap},
          s->pos);
    check(b.CreateICmpUGT(hi, max), fail("panicSlice3B", 1).c_str(), {hi, max}, s->pos);
    check(b.CreateICmpUGT(lo, hi), fail("panicSlice3C", 0).c_str(), {lo, hi}, s->pos);
  } else {
    check(b.CreateICmpUGT(hi, cap), fail(isSlice ? "panicSliceAcap" : "panicSliceAlen", 1).c_str(), {hi, cap}, s->pos);
    check(b.CreateICmpUGT(lo, hi), fail("panicSliceB", 0).c_str(), {lo, hi}, s->pos);
  }
  llvm::Value* newLen = b.CreateSub(hi, lo);
  // An empty result keeps the base pointer, as gc's slicemask does: s[len(s):]
  // would otherwise point past the object, into the next one.
  llvm::Value* ptr = b.CreateGEP(memType(elem), base, lo);
  if (str) return Val{{b.CreateSelect(b.CreateICmpEQ(newLen, b.getInt64(0)), base, ptr), newLen}};
  llvm::Value* newCap = b.CreateSub(max, lo);
  llvm::Value* safe = b.CreateSelect(b.CreateICmpEQ(newCap, b.getInt64(0)), base, ptr);
  return Val{{safe, newLen, newCap}};
}

// ---------------------------------------------------------------------------
// Operators

Val CodeGen::unary(Operation* o) {
  switch (o->op) {
    case Op::And: {
      Expr* x = unparen(o->x);
      if (CompositeLit* lit = x->as<CompositeLit>()) {
        Val v = compositeLit(lit);
        llvm::Value* p = onStack(lit) ? stackAlloc(lit->type) : heapAlloc(lit->type);
        store(Addr{p, lit->type}, v, false);
        return Val{{p}};
      }
      return Val{{asReference(addr(x).ptr)}};
    }
    case Op::Mul: return load(addr(o));
    case Op::Recv: return recv(o, nullptr);
    default: break;
  }
  Val x = expr(o->x);
  Type* t = o->type;
  llvm::Value* v = x.parts[0];
  switch (o->op) {
    case Op::Add: return x;
    case Op::Sub: return Val{{isFloatT(t) ? b.CreateFNeg(v) : b.CreateNeg(v)}};
    case Op::Not: return Val{{b.CreateNot(v)}};
    case Op::Xor: return Val{{b.CreateNot(v)}};
    default: llvm::report_fatal_error("goji: unexpected unary operator");
  }
}

namespace {

// The bytes of a string constant (a literal's global, or empty), if v is one.
std::optional<llvm::StringRef> constantBytes(const Val& v) {
  auto* len = llvm::dyn_cast<llvm::ConstantInt>(v.parts[1]);
  if (!len) return std::nullopt;
  if (len->isZero()) return llvm::StringRef();
  auto* g = llvm::dyn_cast<llvm::GlobalVariable>(v.parts[0]->stripPointerCasts());
  auto* data = g && g->hasInitializer() ? llvm::dyn_cast<llvm::ConstantDataSequential>(g->getInitializer()) : nullptr;
  if (!data || !data->isString() || data->getRawDataValues().size() != len->getZExtValue()) return std::nullopt;
  return data->getRawDataValues();
}

}  // namespace

// s == t compares the lengths inline first. Then a constant of at most 16
// bytes is compared with loads of the other string's bytes, as gc does;
// other strings call the runtime.
llvm::Value* CodeGen::stringsEqual(const Val& x, const Val& y) {
  constexpr size_t kInlineBytes = 16;
  const Val* v = &x;
  std::optional<llvm::StringRef> bytes = constantBytes(y);
  if (!bytes && (bytes = constantBytes(x))) v = &y;
  if (bytes && bytes->empty()) return b.CreateICmpEQ(v->parts[1], b.getInt64(0));
  llvm::Value* otherLen = v == &x ? y.parts[1] : x.parts[1];
  llvm::BasicBlock* before = b.GetInsertBlock();
  llvm::BasicBlock* bodies = llvm::BasicBlock::Create(ctx, "streq.bytes", before->getParent());
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "streq.done", before->getParent());
  b.CreateCondBr(b.CreateICmpEQ(v->parts[1], otherLen), bodies, done);
  b.SetInsertPoint(bodies);
  llvm::Value* eq;
  if (bytes && bytes->size() <= kInlineBytes) {
    eq = b.getTrue();
    for (size_t off = 0; off < bytes->size(); off += 8) {
      size_t n = std::min<size_t>(8, bytes->size() - off);
      uint64_t word = 0;
      for (size_t i = 0; i < n; i++) word |= uint64_t{static_cast<uint8_t>((*bytes)[off + i])} << (8 * i);
      llvm::Type* wt = b.getIntNTy(static_cast<unsigned>(8 * n));
      llvm::Value* load = b.CreateAlignedLoad(wt, b.CreateConstInBoundsGEP1_64(i8, v->parts[0], off), llvm::Align(1));
      eq = b.CreateAnd(eq, b.CreateICmpEQ(load, llvm::ConstantInt::get(wt, word)));
    }
  } else {
    eq = call(rt("goji_streq"), {x.parts[0], x.parts[1], y.parts[0], y.parts[1]}, Pos{});
  }
  llvm::BasicBlock* bodiesEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(i1, 2);
  phi->addIncoming(b.getFalse(), before);
  phi->addIncoming(eq, bodiesEnd);
  return phi;
}

llvm::Value* CodeGen::compare(Op op, const Val& x, const Val& y, Type* t) {
  Type* u = under(t);
  auto eqOrNe = [&](llvm::Value* eq) { return op == Op::Eql ? eq : b.CreateNot(eq); };
  if (Basic* bt = u->as<Basic>()) {
    if (bt->info & IsString) {
      if (op == Op::Eql || op == Op::Neq) {
        return eqOrNe(stringsEqual(x, y));
      }
      llvm::Value* c = call(rt("goji_strcmp"), {x.parts[0], x.parts[1], y.parts[0], y.parts[1]}, Pos{});
      switch (op) {
        case Op::Lss: return b.CreateICmpSLT(c, b.getInt64(0));
        case Op::Leq: return b.CreateICmpSLE(c, b.getInt64(0));
        case Op::Gtr: return b.CreateICmpSGT(c, b.getInt64(0));
        default: return b.CreateICmpSGE(c, b.getInt64(0));
      }
    }
    if (bt->info & IsFloat) {
      llvm::CmpInst::Predicate p;
      switch (op) {
        case Op::Eql: p = llvm::CmpInst::FCMP_OEQ; break;
        case Op::Neq: p = llvm::CmpInst::FCMP_UNE; break;
        case Op::Lss: p = llvm::CmpInst::FCMP_OLT; break;
        case Op::Leq: p = llvm::CmpInst::FCMP_OLE; break;
        case Op::Gtr: p = llvm::CmpInst::FCMP_OGT; break;
        default: p = llvm::CmpInst::FCMP_OGE;
      }
      return b.CreateFCmp(p, x.parts[0], y.parts[0]);
    }
    bool sgn = !(bt->info & IsUnsigned);
    llvm::CmpInst::Predicate p;
    switch (op) {
      case Op::Eql: p = llvm::CmpInst::ICMP_EQ; break;
      case Op::Neq: p = llvm::CmpInst::ICMP_NE; break;
      case Op::Lss: p = sgn ? llvm::CmpInst::ICMP_SLT : llvm::CmpInst::ICMP_ULT; break;
      case Op::Leq: p = sgn ? llvm::CmpInst::ICMP_SLE : llvm::CmpInst::ICMP_ULE; break;
      case Op::Gtr: p = sgn ? llvm::CmpInst::ICMP_SGT : llvm::CmpInst::ICMP_UGT; break;
      default: p = sgn ? llvm::CmpInst::ICMP_SGE : llvm::CmpInst::ICMP_UGE;
    }
    return b.CreateICmp(p, x.parts[0], y.parts[0]);
  }
  if (Interface* it = u->as<Interface>()) {
    // Same dynamic type and equal values.
    bool empty = allMethods(it).empty();
    llvm::Value* tx = empty ? x.parts[0] : dynType(x.parts[0]);
    llvm::Value* ty = empty ? y.parts[0] : dynType(y.parts[0]);
    // Two nil interfaces are equal without a call.
    llvm::Value* sameType = b.CreateICmpEQ(tx, ty);
    llvm::BasicBlock* cur = b.GetInsertBlock();
    llvm::BasicBlock* nonNil = llvm::BasicBlock::Create(ctx, "iface.nonnil", fs->fn);
    llvm::BasicBlock* cmp = llvm::BasicBlock::Create(ctx, "iface.cmp", fs->fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "iface.done", fs->fn);
    b.CreateCondBr(sameType, nonNil, done);
    b.SetInsertPoint(nonNil);
    b.CreateCondBr(b.CreateICmpEQ(tx, llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(tx->getType()))),
                   done, cmp);
    b.SetInsertPoint(cmp);
    // Pointers and channels (an error's usual dynamic type) are equal when
    // their data words are; the runtime compares the rest.
    llvm::Value* kind = b.CreateLoad(i8, b.CreateConstInBoundsGEP1_64(i8, tx, offsetof(rt::TypeDesc, kind)));
    llvm::Value* direct =
        b.CreateOr(b.CreateICmpEQ(kind, b.getInt8(static_cast<uint8_t>(rt::Kind::Pointer))),
                   b.CreateICmpEQ(kind, b.getInt8(static_cast<uint8_t>(rt::Kind::Chan))));
    llvm::BasicBlock* word = llvm::BasicBlock::Create(ctx, "iface.word", fs->fn);
    llvm::BasicBlock* slow = llvm::BasicBlock::Create(ctx, "iface.slow", fs->fn);
    b.CreateCondBr(direct, word, slow);
    b.SetInsertPoint(word);
    llvm::Value* sameWord = b.CreateICmpEQ(x.parts[1], y.parts[1]);
    b.CreateBr(done);
    b.SetInsertPoint(slow);
    llvm::Value* eq = call(rt("goji_efaceeq"), {tx, x.parts[1], y.parts[1]}, Pos{});
    llvm::BasicBlock* slowEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    llvm::PHINode* phi = b.CreatePHI(i1, 4);
    phi->addIncoming(b.getFalse(), cur);
    phi->addIncoming(b.getTrue(), nonNil);
    phi->addIncoming(sameWord, word);
    phi->addIncoming(eq, slowEnd);
    return eqOrNe(phi);
  }
  struct Part {
    Val x, y;
    Type* type;
  };
  std::vector<Part> parts;
  if (Struct* st = u->as<Struct>()) {
    for (size_t i = 0; i < st->fields.size(); i++) {
      if (st->fields[i]->name == "_") continue;
      parts.push_back({extractField(x, t, static_cast<int>(i)), extractField(y, t, static_cast<int>(i)),
                       st->fields[i]->type});
    }
  } else if (Array* at = u->as<Array>()) {
    size_t n = flatCount(at->elem);
    for (int64_t i = 0; n > 0 && i < at->len; i++) {
      parts.push_back({Val{std::vector<llvm::Value*>(x.parts.begin() + i * n, x.parts.begin() + (i + 1) * n)},
                       Val{std::vector<llvm::Value*>(y.parts.begin() + i * n, y.parts.begin() + (i + 1) * n)},
                       at->elem});
    }
  } else {
    // Pointers, channels, and func/map/slice compared with nil.
    return eqOrNe(b.CreateICmpEQ(x.parts[0], y.parts[0]));
  }
  // Go compares fields and elements in order and stops at the first that
  // differs (compare.EqStruct, geneq): an interface after it holding an
  // uncomparable value must not panic. Without interfaces nothing can
  // panic, and the comparisons are combined without branches.
  if (parts.empty()) return eqOrNe(b.getTrue());
  if (!comparisonCanPanic(t)) {
    llvm::Value* all = b.getTrue();
    for (Part& p : parts) all = b.CreateAnd(all, compare(Op::Eql, p.x, p.y, p.type));
    return eqOrNe(all);
  }
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "eq.done", fs->fn);
  std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> incoming;
  for (size_t i = 0; i < parts.size(); i++) {
    llvm::Value* eq = compare(Op::Eql, parts[i].x, parts[i].y, parts[i].type);
    if (i + 1 == parts.size()) {
      incoming.push_back({eq, b.GetInsertBlock()});
      b.CreateBr(done);
      break;
    }
    llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx, "eq.next", fs->fn);
    incoming.push_back({b.getFalse(), b.GetInsertBlock()});
    b.CreateCondBr(eq, next, done);
    b.SetInsertPoint(next);
  }
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(i1, static_cast<unsigned>(incoming.size()));
  for (auto [v, bb] : incoming) phi->addIncoming(v, bb);
  return eqOrNe(phi);
}

// Go's eqCanPanic: comparing values of type t may meet an interface holding
// an uncomparable dynamic type.
bool CodeGen::comparisonCanPanic(Type* t) {
  Type* u = under(t);
  if (u->is<Interface>()) return true;
  if (Array* a = u->as<Array>()) return comparisonCanPanic(a->elem);
  if (Struct* s = u->as<Struct>()) {
    for (Var* f : s->fields) {
      if (f->name != "_" && comparisonCanPanic(f->type)) return true;
    }
  }
  return false;
}

llvm::Value* CodeGen::dynType(llvm::Value* tab) {
  // itab->type, or null for a nil interface.
  llvm::Value* isNil = b.CreateICmpEQ(tab, llvm::ConstantPointerNull::get(rawPtr));
  llvm::BasicBlock* cur = b.GetInsertBlock();
  llvm::BasicBlock* loadBB = llvm::BasicBlock::Create(ctx, "dyn.type", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "dyn.done", fs->fn);
  b.CreateCondBr(isNil, done, loadBB);
  b.SetInsertPoint(loadBB);
  llvm::Value* t = b.CreateLoad(rawPtr, b.CreateConstInBoundsGEP1_64(rawPtr, tab, 1));
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(rawPtr, 2);
  phi->addIncoming(llvm::ConstantPointerNull::get(rawPtr), cur);
  phi->addIncoming(t, loadBB);
  return phi;
}

Val CodeGen::binary(Operation* o) {
  Op op = o->op;
  if (op == Op::AndAnd || op == Op::OrOr) {
    llvm::Value* l = cond(o->x);
    llvm::BasicBlock* lhsEnd = b.GetInsertBlock();
    llvm::BasicBlock* rhs = llvm::BasicBlock::Create(ctx, op == Op::AndAnd ? "and.rhs" : "or.rhs", fs->fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "logic.done", fs->fn);
    if (op == Op::AndAnd) {
      b.CreateCondBr(l, rhs, done);
    } else {
      b.CreateCondBr(l, done, rhs);
    }
    b.SetInsertPoint(rhs);
    llvm::Value* r = cond(o->y);
    llvm::BasicBlock* rhsEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    llvm::PHINode* phi = b.CreatePHI(i1, 2);
    phi->addIncoming(b.getInt1(op == Op::OrOr), lhsEnd);
    phi->addIncoming(r, rhsEnd);
    return Val{{phi}};
  }
  switch (op) {
    case Op::Eql:
    case Op::Neq:
    case Op::Lss:
    case Op::Leq:
    case Op::Gtr:
    case Op::Geq: {
      // Operands have been converted to a common type by the checker; an
      // untyped nil or an interface on one side needs the other side's type.
      Type* t = o->x->type;
      if (isInterface(o->y->type) && !isInterface(t)) t = o->y->type;
      if (o->x->mode == OperandMode::NilValue || isUntyped(t)) t = o->y->type;
      Val x = exprAs(o->x, t);
      Val y = exprAs(o->y, t);
      return Val{{compare(op, x, y, t)}};
    }
    case Op::Shl:
    case Op::Shr: return shift(o);
    default: break;
  }
  Type* t = o->type;
  if (op == Op::Add && isString(t)) return concatStrings(o);
  Val x = expr(o->x);
  Val y = expr(o->y);
  return arith(op, x, y, t, o->pos);
}

// a + b + c + ...: the operands left to right, then one runtime call per
// four of them, as gc makes one concatstrings of an OADDSTR list.
Val CodeGen::concatStrings(Operation* o) {
  std::vector<Expr*> operands;
  std::function<void(Expr*)> collect = [&](Expr* e) {
    auto* add = unparen(e)->as<Operation>();
    if (add && add->op == Op::Add && add->y && add->mode != OperandMode::Constant && isString(add->type)) {
      collect(add->x);
      collect(add->y);
      return;
    }
    operands.push_back(e);
  };
  collect(o);
  std::vector<Val> vals;
  for (Expr* e : operands) vals.push_back(exprAs(e, o->type));
  static const char* const kConcat[] = {nullptr, nullptr, "goji_concat2", "goji_concat3", "goji_concat4"};
  Val acc = vals[0];
  for (size_t i = 1; i < vals.size();) {
    std::vector<llvm::Value*> args = acc.parts;
    size_t n = 1;
    for (; n < 4 && i < vals.size(); n++, i++) args.insert(args.end(), vals[i].parts.begin(), vals[i].parts.end());
    llvm::Value* r = call(rt(kConcat[n]), args, o->pos);
    acc = Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})}};
  }
  return acc;
}

Val CodeGen::arith(Op op, const Val& x, const Val& y, Type* t, Pos pos) {
  Type* u = under(t);
  if (isStringT(u)) {
    llvm::Value* r = call(rt("goji_concat2"), {x.parts[0], x.parts[1], y.parts[0], y.parts[1]}, pos);
    return Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})}};
  }
  llvm::Value* l = x.parts[0];
  llvm::Value* r = y.parts[0];
  if (isFloatT(u)) {
    switch (op) {
      case Op::Add: return Val{{b.CreateFAdd(l, r)}};
      case Op::Sub: return Val{{b.CreateFSub(l, r)}};
      case Op::Mul: return Val{{b.CreateFMul(l, r)}};
      default: return Val{{b.CreateFDiv(l, r)}};
    }
  }
  bool sgn = !isUnsignedT(u);
  switch (op) {
    case Op::Add: return Val{{b.CreateAdd(l, r)}};
    case Op::Sub: return Val{{b.CreateSub(l, r)}};
    case Op::Mul: return Val{{b.CreateMul(l, r)}};
    case Op::And: return Val{{b.CreateAnd(l, r)}};
    case Op::Or: return Val{{b.CreateOr(l, r)}};
    case Op::Xor: return Val{{b.CreateXor(l, r)}};
    case Op::AndNot: return Val{{b.CreateAnd(l, b.CreateNot(r))}};
    case Op::Div:
    case Op::Rem: {
      check(b.CreateICmpEQ(r, llvm::ConstantInt::get(r->getType(), 0)), "panicdivide", {}, pos);
      if (!sgn) return Val{{op == Op::Div ? b.CreateUDiv(l, r) : b.CreateURem(l, r)}};
      // MinInt / -1 overflows in hardware; Go defines it as MinInt (and 0 for %).
      llvm::Value* minusOne = b.CreateICmpEQ(r, llvm::ConstantInt::getSigned(r->getType(), -1));
      llvm::Value* safeR = b.CreateSelect(minusOne, llvm::ConstantInt::get(r->getType(), 1), r);
      if (op == Op::Div) return Val{{b.CreateSelect(minusOne, b.CreateNeg(l), b.CreateSDiv(l, safeR))}};
      return Val{{b.CreateSelect(minusOne, llvm::ConstantInt::get(r->getType(), 0), b.CreateSRem(l, safeR))}};
    }
    default: llvm::report_fatal_error("goji: unexpected binary operator");
  }
}

Val CodeGen::shift(Operation* o) {
  Val x = expr(o->x);
  Val y = expr(o->y);
  return shiftValues(o->op, x.parts[0], o->type, y.parts[0], o->y->type, o->pos);
}

Val CodeGen::shiftValues(Op op, llvm::Value* l, Type* t, llvm::Value* r, Type* rt, Pos pos) {
  unsigned width = l->getType()->getIntegerBitWidth();
  llvm::Value* count = toInt64(r, rt);
  if (!isUnsignedT(rt)) check(b.CreateICmpSLT(count, b.getInt64(0)), "panicshift", {}, pos);
  llvm::Value* big = b.CreateICmpUGE(count, b.getInt64(width));
  llvm::Value* amount = b.CreateTrunc(b.CreateSelect(big, b.getInt64(0), count), l->getType());
  if (op == Op::Shl) return Val{{b.CreateSelect(big, llvm::ConstantInt::get(l->getType(), 0), b.CreateShl(l, amount))}};
  if (isUnsignedT(t)) return Val{{b.CreateSelect(big, llvm::ConstantInt::get(l->getType(), 0), b.CreateLShr(l, amount))}};
  return Val{{b.CreateSelect(big, b.CreateAShr(l, width - 1), b.CreateAShr(l, amount))}};
}

// ---------------------------------------------------------------------------
// Conversions T(x)

// float → integer as Go 1.19 compiles it for amd64 (ssagen's
// fpConvOpToSSA): CVTTSx2SL to int32 for int32 and narrower targets,
// CVTTSx2SQ to int64 for int64 and uint32, and floatToUint's sequence for
// uint64. A value out of a target's range gives what those instructions
// give (0x80…0, "integer indefinite", then truncated) where fptosi would be
// poison; LLVM folds the intrinsics only for values in range.
llvm::Value* CodeGen::floatToInt(llvm::Value* x, Type* to) {
  bool f32 = x->getType()->isFloatTy();
  auto cvtt = [&](llvm::Value* v, bool wide) {
    llvm::Intrinsic::ID id = f32 ? (wide ? llvm::Intrinsic::x86_sse_cvttss2si64 : llvm::Intrinsic::x86_sse_cvttss2si)
                                 : (wide ? llvm::Intrinsic::x86_sse2_cvttsd2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si);
    auto* vec = llvm::FixedVectorType::get(v->getType(), f32 ? 4 : 2);
    return b.CreateIntrinsic(id, {}, {b.CreateInsertElement(llvm::PoisonValue::get(vec), v, uint64_t{0})});
  };
  auto* dst = llvm::cast<llvm::IntegerType>(memType(to));
  bool isUnsigned = isUnsignedT(under(to));
  unsigned bits = dst->getBitWidth();
  if (bits < 32 || (bits == 32 && !isUnsigned)) return b.CreateTrunc(cvtt(x, false), dst);
  if (bits == 32 || !isUnsigned) return b.CreateTrunc(cvtt(x, true), dst);
  llvm::Constant* cutoff = llvm::ConstantFP::get(x->getType(), 0x1p63);
  llvm::Value* low = cvtt(x, true);
  llvm::Value* high = b.CreateOr(cvtt(b.CreateFSub(x, cutoff), true), b.getInt64(INT64_MIN));
  return b.CreateSelect(b.CreateFCmpOLT(x, cutoff), low, high);
}

Val CodeGen::conversion(Expr* arg, Type* to) {
  Type* from = arg->type;
  if (arg->mode == OperandMode::Constant && arg->value && under(to)->is<Basic>()) {
    // The checker folded the constant already (string(65) etc. included).
    return constant(to, *arg->value);
  }
  Val v = expr(arg);
  Type* fu = under(from);
  Type* tu = under(to);
  if (isInterface(to)) return convertValue(std::move(v), from, to);
  if (Basic* tb = tu->as<Basic>()) {
    if (tb->info & IsString) {
      if (isStringT(fu)) return v;
      if (Slice* s = fu->as<Slice>()) {
        bool runes = under(s->elem)->as<Basic>()->bkind == BasicKind::Int32;
        // A slice of a byte array kept on the stack (cg_escape.cpp) has a
        // plain pointer, not a GC reference.
        bool onStack = v.parts[0]->getType()->getPointerAddressSpace() == 0;
        const char* fn = runes ? "goji_runes_to_string" : onStack ? "goji_stackbytes_to_string" : "goji_bytes_to_string";
        llvm::Value* r = call(rt(fn), {v.parts[0], v.parts[1]}, arg->pos);
        return Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})}};
      }
      // string(integer): a rune (out-of-range values become U+FFFD).
      llvm::Value* r = call(rt("goji_rune_to_string"), {toInt64(v.parts[0], from)}, arg->pos);
      return Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1})}};
    }
    llvm::Type* dst = memType(to);
    llvm::Value* x = v.parts[0];
    if (tb->info & IsFloat) {
      if (isFloatT(fu)) return Val{{b.CreateFPCast(x, dst)}};
      return Val{{isUnsignedT(fu) ? b.CreateUIToFP(x, dst) : b.CreateSIToFP(x, dst)}};
    }
    if (tb->info & IsInteger) {
      if (isFloatT(fu)) return Val{{floatToInt(x, to)}};
      return Val{{b.CreateIntCast(x, dst, !isUnsignedT(fu))}};
    }
    return v;
  }
  if (Slice* ts = tu->as<Slice>(); ts && isStringT(fu)) {
    bool runes = under(ts->elem)->as<Basic>()->bkind == BasicKind::Int32;
    if (runes) {
      llvm::Value* capSlot = entryAlloca(i64);
      llvm::Value* r = call(rt("goji_string_to_runes"), {v.parts[0], v.parts[1], capSlot}, arg->pos);
      return Val{{b.CreateExtractValue(r, {0}), b.CreateExtractValue(r, {1}), b.CreateLoad(i64, capSlot)}};
    }
    llvm::Value* r = call(rt("goji_string_to_bytes"), {v.parts[0], v.parts[1]}, arg->pos);
    // Of a constant, gc makes an array of exactly its length: cap == len.
    bool exact = arg->mode == OperandMode::Constant;
    return Val{{b.CreateExtractValue(r, {0}), v.parts[1], exact ? v.parts[1] : b.CreateExtractValue(r, {1})}};
  }
  if (Pointer* tp = tu->as<Pointer>(); tp && fu->is<Slice>()) {
    // (*[N]T)(s): panics unless len(s) >= N.
    int64_t n = under(tp->base)->as<Array>()->len;
    check(b.CreateICmpSLT(v.parts[1], b.getInt64(n)), "panicSliceConvert", {b.getInt64(n), v.parts[1]}, arg->pos);
    return Val{{b.CreateSelect(b.CreateICmpEQ(v.parts[1], b.getInt64(0)),
                               n == 0 ? v.parts[0] : llvm::ConstantPointerNull::get(gcPtr), v.parts[0])}};
  }
  return v;  // identical underlying types: same representation
}

// ---------------------------------------------------------------------------
// Type assertions

// x.(T); with ok, the comma-ok form (no panic; *ok receives the result).
Val CodeGen::assertExpr(AssertExpr* a, llvm::Value** ok) {
  Val x = expr(a->x);
  Type* T = a->type;
  Interface* xi = under(a->x->type)->as<Interface>();
  bool xEmpty = allMethods(xi).empty();
  llvm::Value* dyn = xEmpty ? x.parts[0] : dynType(x.parts[0]);
  if (isInterface(T)) {
    bool tEmpty = allMethods(under(T)->as<Interface>()).empty();
    llvm::Value* tab;
    llvm::Value* good;
    if (tEmpty) {
      tab = dyn;
      good = b.CreateICmpNE(dyn, llvm::ConstantPointerNull::get(rawPtr));
    } else {
      tab = runtimeItab(T, dyn, a->pos);
      good = b.CreateICmpNE(tab, llvm::ConstantPointerNull::get(rawPtr));
    }
    if (ok) {
      *ok = good;
      llvm::Value* nullTab = llvm::ConstantPointerNull::get(rawPtr);
      return Val{{b.CreateSelect(good, tab, nullTab),
                  b.CreateSelect(good, x.parts[1], llvm::ConstantPointerNull::get(gcPtr))}};
    }
    failAssert(good, dyn, T, a->x->type, a->pos);
    return Val{{tab, x.parts[1]}};
  }
  llvm::Value* good = b.CreateICmpEQ(dyn, typeDesc(T));
  if (ok) {
    *ok = good;
    llvm::BasicBlock* cur = b.GetInsertBlock();
    llvm::BasicBlock* yes = llvm::BasicBlock::Create(ctx, "assert.yes", fs->fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "assert.done", fs->fn);
    b.CreateCondBr(good, yes, done);
    b.SetInsertPoint(yes);
    Val v = unbox(x.parts[1], T);
    llvm::BasicBlock* yesEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    Val z = zero(T);
    Val r;
    for (size_t i = 0; i < v.parts.size(); i++) {
      llvm::PHINode* phi = b.CreatePHI(v.parts[i]->getType(), 2);
      phi->addIncoming(z.parts[i], cur);
      phi->addIncoming(v.parts[i], yesEnd);
      r.parts.push_back(phi);
    }
    return r;
  }
  failAssert(good, dyn, T, a->x->type, a->pos);
  return unbox(x.parts[1], T);
}

void CodeGen::failAssert(llvm::Value* good, llvm::Value* dyn, Type* T, Type* iface, Pos pos) {
  llvm::BasicBlock* bad = llvm::BasicBlock::Create(ctx, "assert.fail", fs->fn);
  llvm::BasicBlock* okBB = llvm::BasicBlock::Create(ctx, "assert.ok", fs->fn);
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(good, okBB, bad, md.createBranchWeights(2000, 1));
  b.SetInsertPoint(bad);
  call(rt("goji_panic_assert"), {dyn, typeDesc(T), typeDesc(iface)}, pos);
  b.CreateUnreachable();
  b.SetInsertPoint(okBB);
}

// The value of type T held in an interface's data word.
Val CodeGen::unbox(llvm::Value* data, Type* T) {
  Type* u = under(T);
  if (u->is<Pointer>() || u->is<Map>() || u->is<Chan>() || u->is<Signature>() ||
      (u->is<Basic>() && u->as<Basic>()->bkind == BasicKind::UnsafePointer)) {
    return Val{{data}};
  }
  return load(Addr{data, T});
}

}  // namespace goji
