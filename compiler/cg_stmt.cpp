// Statements: assignments (with Go's evaluation order), declarations,
// control flow with break/continue/fallthrough, range loops, switches and
// type switches, return, defer, and safepoint polls on loop back-edges.
#include "compiler/cg.h"
#include "compiler/checker.h"
#include "vm/abi.h"

namespace goji {

void CodeGen::block(std::span<Stmt*> list) {
  for (Stmt* s : list) {
    if (b.GetInsertBlock()->getTerminator()) {
      // Code after return/break/panic is unreachable but must still be valid IR.
      b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "unreachable", fs->fn));
    }
    stmt(s);
  }
}

FuncState::Target* CodeGen::targetFor(Stmt* s) {
  for (auto it = fs->targets.rbegin(); it != fs->targets.rend(); ++it) {
    if (it->stmt == s) return &*it;
  }
  return nullptr;
}

void CodeGen::stmt(Stmt* s) {
  if (!s) return;
  currentPos = s->pos;
  switch (s->kind) {
    case NodeKind::EmptyStmt: return;
    case NodeKind::ExprStmt: orderedExpr(static_cast<ExprStmt*>(s)->x, nullptr); return;
    case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); return;
    case NodeKind::BlockStmt: block(static_cast<BlockStmt*>(s)->list); return;
    case NodeKind::DeclStmt: declStmt(static_cast<DeclStmt*>(s)); return;
    case NodeKind::AssignStmt: assignStmt(static_cast<AssignStmt*>(s)); return;
    case NodeKind::IfStmt: ifStmt(static_cast<IfStmt*>(s)); return;
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt*>(s)); return;
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt*>(s)); return;
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt*>(s)); return;
    case NodeKind::BranchStmt: branchStmt(static_cast<BranchStmt*>(s)); return;
    case NodeKind::CallStmt: callStmt(static_cast<CallStmt*>(s)); return;
    case NodeKind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      StmtOrder order(*this);
      order.operands(ss->chan, true);
      order.operands(ss->value, true);
      send(ss->chan, ss->value, ss->pos);
      return;
    }
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt*>(s)); return;
    default: diagnostics.push_back(Diagnostic{s->pos, "not supported by goji: this statement"}); return;
  }
}

void CodeGen::declStmt(DeclStmt* s) {
  for (Decl* d : s->decls) {
    VarDecl* v = d->as<VarDecl>();
    if (!v) continue;
    std::vector<Var*> vars;
    for (Name* n : v->names) vars.push_back(n->obj ? n->obj->as<Var>() : nullptr);
    if (!v->values) {
      for (Var* var : vars) {
        if (var && var->name != "_") declareVar(var, nullptr);
      }
      continue;
    }
    // var a, b = x, y is ordered as the statements a = x and b = y (gc's).
    std::span<Expr*> values = unpackExpr(v->values);
    std::vector<Val> vals;
    if (values.size() == vars.size()) {
      for (size_t i = 0; i < values.size(); i++) vals.push_back(orderedExpr(values[i], vars[i]->type));
    } else {
      StmtOrder order(*this);
      order.operands(values[0], false);
      vals = rhsValues(values, vars.size(), [&](size_t i) { return vars[i]->type; });
    }
    for (size_t i = 0; i < vars.size(); i++) {
      if (vars[i] && vars[i]->name != "_") declareVar(vars[i], &vals[i]);
    }
  }
}

// The values of an assignment's right-hand side, converted to the types of
// the n left-hand sides (a tuple-valued call or a comma-ok form included).
std::vector<Val> CodeGen::rhsValues(std::span<Expr*> rhs, size_t n, const std::function<Type*(size_t)>& lhsType) {
  std::vector<Val> out;
  if (rhs.size() == 1 && n == 2) {
    Expr* e = unparen(rhs[0]);
    llvm::Value* ok = nullptr;
    Val v;
    bool commaOk = true;
    if (IndexExpr* ix = e->as<IndexExpr>(); ix && under(ix->x->type)->is<Map>()) {
      v = mapIndex(ix, &ok);
    } else if (AssertExpr* a = e->as<AssertExpr>()) {
      v = assertExpr(a, &ok);
    } else if (Operation* o = e->as<Operation>(); o && o->op == Op::Recv && !o->y) {
      v = recv(o, &ok);
    } else {
      commaOk = false;
    }
    if (commaOk) {
      Type* vt = e->kind == NodeKind::IndexExpr ? under(static_cast<IndexExpr*>(e)->x->type)->as<Map>()->elem : e->type;
      if (e->kind == NodeKind::Operation) vt = under(static_cast<Operation*>(e)->x->type)->as<Chan>()->elem;
      Type* t0 = lhsType(0);
      out.push_back(t0 ? convertValue(v, vt, t0) : v);
      Val okv{{ok}};
      Type* t1 = lhsType(1);
      out.push_back(t1 && isInterface(t1) ? convertValue(okv, basicType(BasicKind::Bool), t1) : okv);
      return out;
    }
  }
  if (rhs.size() == 1 && n > 1) {
    CallExpr* c = unparen(rhs[0])->as<CallExpr>();
    llvm::Value* r = callValue(c);
    Signature* sig = callSignature(c);
    std::vector<Val> rs = splitResults(r, sig);
    for (size_t i = 0; i < rs.size(); i++) {
      Type* t = lhsType(i);
      out.push_back(t ? convertValue(rs[i], sig->results->vars[i]->type, t) : rs[i]);
    }
    return out;
  }
  for (size_t i = 0; i < rhs.size(); i++) {
    Type* t = lhsType(i);
    out.push_back(t ? exprAs(rhs[i], t) : expr(rhs[i]));
  }
  return out;
}

// An assignment target: an address, a map element, or the blank identifier.
struct CodeGen::Target {
  enum Kind { Blank, Memory, MapElem } kind = Blank;
  Addr addr;
  Type* mapType = nullptr;
  llvm::Value* map = nullptr;
  Val key;
  Type* type = nullptr;
};

CodeGen::Target CodeGen::lhsTarget(Expr* e) {
  std::vector<PendingCheck>* pending = std::exchange(targetChecks, nullptr);  // for the outermost addr only
  Target t;
  Expr* x = unparen(e);
  if (Name* n = x->as<Name>(); n && n->value == "_") return t;
  if (IndexExpr* ix = x->as<IndexExpr>(); ix && under(ix->x->type)->is<Map>()) {
    t.kind = Target::MapElem;
    t.mapType = ix->x->type;
    t.map = expr(ix->x).parts[0];
    t.key = exprAs(ix->index, under(t.mapType)->as<Map>()->key);
    t.type = under(t.mapType)->as<Map>()->elem;
    return t;
  }
  t.kind = Target::Memory;
  targetChecks = pending;
  t.addr = addr(x);
  t.type = t.addr.type;
  return t;
}

void CodeGen::assignTo(Target& t, const Val& v, Pos pos) {
  switch (t.kind) {
    case Target::Blank: return;
    case Target::Memory: store(t.addr, v); return;
    case Target::MapElem: {
      llvm::Value* slot = mapAssignSlot(t.mapType, t.map, t.key, pos);
      store(Addr{slot, t.type}, v);
      return;
    }
  }
}

Val CodeGen::targetValue(Target& t, Pos pos) {
  if (t.kind == Target::MapElem) {
    llvm::Value* slot = mapLookup(t.mapType, t.map, t.key, pos);
    llvm::BasicBlock* cur = b.GetInsertBlock();
    llvm::BasicBlock* yes = llvm::BasicBlock::Create(ctx, "map.found", fs->fn);
    llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "map.done", fs->fn);
    b.CreateCondBr(b.CreateICmpNE(slot, llvm::ConstantPointerNull::get(gcPtr)), yes, done);
    b.SetInsertPoint(yes);
    Val v = load(Addr{slot, t.type});
    llvm::BasicBlock* yesEnd = b.GetInsertBlock();
    b.CreateBr(done);
    b.SetInsertPoint(done);
    Val z = zero(t.type), r;
    for (size_t i = 0; i < v.parts.size(); i++) {
      llvm::PHINode* phi = b.CreatePHI(v.parts[i]->getType(), 2);
      phi->addIncoming(z.parts[i], cur);
      phi->addIncoming(v.parts[i], yesEnd);
      r.parts.push_back(phi);
    }
    return r;
  }
  return load(t.addr);
}

void CodeGen::assignStmt(AssignStmt* s) {
  if (!s->rhs) {
    // x++ / x--; m[k]++ looks the key up once (nothing can panic between
    // the insertion and the store).
    Target t = lhsTarget(s->lhs);
    if (t.kind == Target::MapElem) {
      t.addr = Addr{mapAssignSlot(t.mapType, t.map, t.key, s->pos), t.type};
      t.kind = Target::Memory;
    }
    Val v = targetValue(t, s->pos);
    Type* tt = t.type;
    Val one = isFloat(tt) ? Val{{llvm::ConstantFP::get(memType(tt), 1.0)}}
                          : Val{{llvm::ConstantInt::get(memType(tt), 1)}};
    assignTo(t, arith(s->op, v, one, tt, s->pos), s->pos);
    return;
  }
  std::span<Expr*> lhs = unpackExpr(s->lhs);
  std::span<Expr*> rhs = unpackExpr(s->rhs);
  StmtOrder order(*this);
  for (Expr* x : lhs) order.operands(x, false);
  if (lhs.size() != rhs.size()) {
    order.operands(rhs[0], false);  // a tuple-valued call or comma-ok form
  } else if (rhs.size() > 1 || (s->op != Op::None && s->op != Op::Def)) {
    // a, b = x, y evaluates every value ahead; x op= f() calls f before
    // reading x.
    for (Expr* x : rhs) order.operands(x, true);
  } else {
    // A single x = v evaluates v ahead unless x is a name or v an append
    // (to, presumably, x); x := v declares x after v.
    auto* c = unparen(rhs[0])->as<CallExpr>();
    Expr* f = c ? unparen(c->fun) : nullptr;
    bool isAppend =
        f && f->mode == OperandMode::Builtin && static_cast<Builtin*>(f->as<Name>()->obj)->id == BuiltinId::Append;
    order.operands(rhs[0], s->op == Op::None && !unparen(lhs[0])->is<Name>() && !isAppend);
  }
  if (s->op == Op::Def) {
    // x, y := ...: new variables are declared, existing ones assigned.
    std::vector<Val> vals = rhsValues(rhs, lhs.size(), [&](size_t i) -> Type* {
      Name* n = lhs[i]->as<Name>();
      return n->obj ? n->obj->type : nullptr;
    });
    for (size_t i = 0; i < lhs.size(); i++) {
      Name* n = lhs[i]->as<Name>();
      if (!n->obj || n->value == "_") continue;
      Var* v = n->obj->as<Var>();
      if (n->pos == v->pos) {
        declareVar(v, &vals[i]);
      } else {
        store(Addr{varHome(v).ptr, v->type}, vals[i]);
      }
    }
    return;
  }
  if (s->op != Op::None) {
    // x op= y
    Target t = lhsTarget(lhs[0]);
    Val cur = targetValue(t, s->pos);
    Val r = expr(rhs[0]);
    Val v = (s->op == Op::Shl || s->op == Op::Shr) ? shiftValues(s->op, cur.parts[0], t.type, r.parts[0], rhs[0]->type, s->pos)
                                                    : arith(s->op, cur, r, t.type, s->pos);
    assignTo(t, v, s->pos);
    return;
  }
  // Evaluate the targets' operands, then the values, then assign left to
  // right, each target's last nil or bounds check just before its store.
  // A tuple-valued call or comma-ok form is evaluated before the targets'
  // operands are read, as gc does (its results go to temporaries first).
  std::vector<Target> targets;
  std::vector<std::vector<PendingCheck>> checks(lhs.size());
  std::vector<Val> vals;
  auto isBlank = [](Expr* e) {
    Name* n = unparen(e)->as<Name>();
    return n && n->value == "_";
  };
  if (lhs.size() != rhs.size()) {
    vals = rhsValues(rhs, lhs.size(), [&](size_t i) -> Type* { return isBlank(lhs[i]) ? nullptr : lhs[i]->type; });
  }
  for (size_t i = 0; i < lhs.size(); i++) {
    if (lhs.size() > 1) targetChecks = &checks[i];
    targets.push_back(lhsTarget(lhs[i]));
  }
  if (lhs.size() == rhs.size()) {
    vals = rhsValues(rhs, lhs.size(), [&](size_t i) -> Type* {
      return targets[i].kind == Target::Blank ? nullptr : targets[i].type;
    });
  }
  for (size_t i = 0; i < targets.size(); i++) {
    for (const PendingCheck& c : checks[i]) runCheck(c);
    assignTo(targets[i], vals[i], s->pos);
  }
}

void CodeGen::ifStmt(IfStmt* s) {
  stmt(s->init);
  llvm::Value* c = orderedExpr(s->cond, nullptr).parts[0];
  llvm::BasicBlock* then = llvm::BasicBlock::Create(ctx, "if.then", fs->fn);
  llvm::BasicBlock* els = llvm::BasicBlock::Create(ctx, "if.else", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "if.done", fs->fn);
  b.CreateCondBr(c, then, els);
  b.SetInsertPoint(then);
  block(s->then->list);
  if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  b.SetInsertPoint(els);
  if (s->els) stmt(s->els);
  if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  b.SetInsertPoint(done);
}

// A loop's body, with break going to done and continue to post, where
// the back-edge's safepoint poll then sits.
void CodeGen::loopBody(ForStmt* s, llvm::BasicBlock* done, llvm::BasicBlock* post) {
  fs->targets.push_back({s, done, post});
  block(s->body->list);
  fs->targets.pop_back();
  if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(post);
  b.SetInsertPoint(post);
  safepointPoll(s->pos);
}

void CodeGen::forStmt(ForStmt* s) {
  if (RangeClause* r = s->init ? s->init->as<RangeClause>() : nullptr) {
    rangeStmt(s, r);
    return;
  }
  stmt(s->init);
  llvm::BasicBlock* condBB = llvm::BasicBlock::Create(ctx, "for.cond", fs->fn);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(ctx, "for.body", fs->fn);
  llvm::BasicBlock* post = llvm::BasicBlock::Create(ctx, "for.post", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "for.done", fs->fn);
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  if (s->cond) {
    b.CreateCondBr(orderedExpr(s->cond, nullptr).parts[0], body, done);
  } else {
    b.CreateBr(body);
  }
  b.SetInsertPoint(body);
  loopBody(s, done, post);
  stmt(s->post);
  b.CreateBr(condBB);
  b.SetInsertPoint(done);
}

// Whether e contains a function call or a channel receive, which make
// len(e) of an array non-constant (and so evaluated).
static bool hasCallOrRecv(Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: return e->mode != OperandMode::Constant;
    case NodeKind::Operation: {
      auto* o = static_cast<Operation*>(e);
      return o->op == Op::Recv || hasCallOrRecv(o->x) || hasCallOrRecv(o->y);
    }
    case NodeKind::ParenExpr: return hasCallOrRecv(static_cast<ParenExpr*>(e)->x);
    case NodeKind::SelectorExpr: return hasCallOrRecv(static_cast<SelectorExpr*>(e)->x);
    case NodeKind::IndexExpr:
      return hasCallOrRecv(static_cast<IndexExpr*>(e)->x) || hasCallOrRecv(static_cast<IndexExpr*>(e)->index);
    case NodeKind::AssertExpr: return hasCallOrRecv(static_cast<AssertExpr*>(e)->x);
    case NodeKind::KeyValueExpr:
      return hasCallOrRecv(static_cast<KeyValueExpr*>(e)->key) || hasCallOrRecv(static_cast<KeyValueExpr*>(e)->val);
    case NodeKind::CompositeLit:
      for (Expr* x : static_cast<CompositeLit*>(e)->elems) {
        if (hasCallOrRecv(x)) return true;
      }
      return false;
    default: return false;
  }
}

// Whether t == t holds for every value of type t (types.IsReflexive):
// floats (NaN) and interfaces (holding one) are not.
static bool isReflexive(Type* t) {
  Type* u = under(t);
  if (Basic* b = u->as<Basic>()) return !isFloat(b);
  if (u->is<Interface>()) return false;
  if (Array* a = u->as<Array>()) return isReflexive(a->elem);
  if (Struct* st = u->as<Struct>()) {
    return std::all_of(st->fields.begin(), st->fields.end(), [](Var* f) { return isReflexive(f->type); });
  }
  return true;
}

// gc's isMapClear: `for k := range m { delete(m, k) }` clears the map in
// one call. Keys that may not equal themselves could not all be deleted.
static bool isMapClear(ForStmt* s, RangeClause* r, Expr* keyE, Expr* valE) {
  auto var = [](Expr* e) -> Object* {
    Name* n = e ? unparen(e)->as<Name>() : nullptr;
    return n && n->obj && n->obj->is<Var>() ? n->obj : nullptr;
  };
  Object* m = var(r->x);
  Object* k = var(keyE);
  if (!r->def || !m || !k || valE || s->body->list.size() != 1) return false;
  auto* stmt = s->body->list[0]->as<ExprStmt>();
  auto* del = stmt ? unparen(stmt->x)->as<CallExpr>() : nullptr;
  Name* fn = del ? unparen(del->fun)->as<Name>() : nullptr;
  if (!fn || fn->mode != OperandMode::Builtin || static_cast<Builtin*>(fn->obj)->id != BuiltinId::Delete) return false;
  return var(del->args[0]) == m && var(del->args[1]) == k && isReflexive(under(r->x->type)->as<Map>()->key);
}

void CodeGen::rangeStmt(ForStmt* s, RangeClause* r) {
  StmtOrder order(*this);
  order.operands(r->x, false);
  std::span<Expr*> lhs = unpackExpr(r->lhs);
  auto blank = [](Expr* e) {
    Name* n = e ? e->as<Name>() : nullptr;
    return n && n->value == "_";
  };
  Expr* keyE = lhs.size() > 0 && !blank(lhs[0]) ? lhs[0] : nullptr;
  Expr* valE = lhs.size() > 1 && !blank(lhs[1]) ? lhs[1] : nullptr;
  // Assigns an iteration value to a range variable (declared once, before the loop, by :=).
  auto bind = [&](Expr* e, const Val& v, Type* t) {
    if (!e) return;
    if (r->def) {
      Var* var = e->as<Name>()->obj->as<Var>();
      store(Addr{varHome(var).ptr, var->type}, convertValue(v, t, var->type));
      return;
    }
    Target tg = lhsTarget(e);
    assignTo(tg, convertValue(v, t, tg.type), s->pos);
  };
  // Both iteration values, assigned as a parallel assignment: the operands
  // of both targets (x[i] in `for i, x[i] = range`) first, then the stores.
  auto bindBoth = [&](const Val& k, Type* kt, const std::function<Val()>& v, Type* vt) {
    if (r->def || !keyE || !valE) {
      bind(keyE, k, kt);
      if (valE) bind(valE, v(), vt);
      return;
    }
    Target tk = lhsTarget(keyE);
    Target tv = lhsTarget(valE);
    Val vv = v();
    assignTo(tk, convertValue(k, kt, tk.type), s->pos);
    assignTo(tv, convertValue(vv, vt, tv.type), s->pos);
  };
  if (r->def) {
    for (Expr* e : lhs) {
      Name* n = e->as<Name>();
      if (n && n->value != "_" && n->obj) declareVar(n->obj->as<Var>(), nullptr);
    }
  }
  Type* xt = under(r->x->type);
  if (xt->is<Map>() && isMapClear(s, r, keyE, valE)) {
    call(rt("goji_mapclear"), {typeDesc(r->x->type), expr(r->x).parts[0]}, s->pos);
    return;
  }
  llvm::BasicBlock* condBB = llvm::BasicBlock::Create(ctx, "range.cond", fs->fn);
  llvm::BasicBlock* body = llvm::BasicBlock::Create(ctx, "range.body", fs->fn);
  llvm::BasicBlock* post = llvm::BasicBlock::Create(ctx, "range.post", fs->fn);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "range.done", fs->fn);

  if (xt->is<Map>()) {
    Type* mapType = r->x->type;
    Map* mt = xt->as<Map>();
    llvm::Value* m = expr(r->x).parts[0];
    llvm::Value* it = call(rt("goji_mapiterinit"), {typeDesc(mapType), m}, s->pos);
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    llvm::Value* key = b.CreateLoad(gcPtr, it);
    b.CreateCondBr(b.CreateICmpNE(key, llvm::ConstantPointerNull::get(gcPtr)), body, done);
    b.SetInsertPoint(body);
    bindBoth(load(Addr{key, mt->key}), mt->key, [&] {
      return load(Addr{b.CreateLoad(gcPtr, b.CreateConstInBoundsGEP1_64(gcPtr, it, 1)), mt->elem});
    }, mt->elem);
    loopBody(s, done, post);
    call(rt("goji_mapiternext"), {it}, s->pos);
    b.CreateBr(condBB);
    b.SetInsertPoint(done);
    return;
  }

  if (isString(xt)) {
    Val str = expr(r->x);
    llvm::BasicBlock* pre = b.GetInsertBlock();
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    llvm::PHINode* k = b.CreatePHI(i64, 2);
    k->addIncoming(b.getInt64(0), pre);
    b.CreateCondBr(b.CreateICmpSLT(k, str.parts[1]), body, done);
    b.SetInsertPoint(body);
    // ASCII decodes inline, as gc's walkRange does; other bytes call the runtime.
    llvm::Value* c = b.CreateLoad(i8, b.CreateInBoundsGEP(i8, str.parts[0], k));
    llvm::Value* asciiRune = b.CreateZExt(c, i32);
    llvm::Value* asciiNext = b.CreateAdd(k, b.getInt64(1));
    llvm::BasicBlock* ascii = b.GetInsertBlock();
    llvm::BasicBlock* multi = llvm::BasicBlock::Create(ctx, "range.rune", fs->fn);
    llvm::BasicBlock* decoded = llvm::BasicBlock::Create(ctx, "range.decoded", fs->fn);
    b.CreateCondBr(b.CreateICmpSLT(c, b.getInt8(0)), multi, decoded);
    b.SetInsertPoint(multi);
    llvm::Value* rn = call(rt("goji_decoderune"), {str.parts[0], str.parts[1], k}, s->pos);
    llvm::Value* wideRune = b.CreateTrunc(b.CreateExtractValue(rn, {0}), i32);
    llvm::Value* wideNext = b.CreateExtractValue(rn, {1});
    multi = b.GetInsertBlock();
    b.CreateBr(decoded);
    b.SetInsertPoint(decoded);
    llvm::PHINode* rune = b.CreatePHI(i32, 2);
    rune->addIncoming(asciiRune, ascii);
    rune->addIncoming(wideRune, multi);
    llvm::PHINode* next = b.CreatePHI(i64, 2);
    next->addIncoming(asciiNext, ascii);
    next->addIncoming(wideNext, multi);
    bindBoth(Val{{k}}, basicType(BasicKind::Int), [&] { return Val{{rune}}; }, universe().runeType);
    loopBody(s, done, post);
    k->addIncoming(next, b.GetInsertBlock());
    b.CreateBr(condBB);
    b.SetInsertPoint(done);
    return;
  }

  if (Chan* ct = xt->as<Chan>()) {
    // Receives until the channel is closed and drained.
    llvm::Value* c = expr(r->x).parts[0];
    ChanElem e = chanElemHome(ct->elem);
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    llvm::Value* ok = call(rt(e.boxed ? "goji_chanrecv" : "goji_chanrecv_slot"), {c, e.ptr}, s->pos);
    b.CreateCondBr(ok, body, done);
    b.SetInsertPoint(body);
    bind(keyE, load(Addr{e.ptr, ct->elem}), ct->elem);
    loopBody(s, done, post);
    b.CreateBr(condBB);
    b.SetInsertPoint(done);
    return;
  }

  // Slices, arrays and pointers to arrays: the operand is evaluated once.
  llvm::Value* n;
  std::function<Val(llvm::Value*)> elemAt;
  Type* elem = nullptr;
  if (Slice* sl = xt->as<Slice>()) {
    Val v = expr(r->x);
    n = v.parts[1];
    elem = sl->elem;
    llvm::Value* data = v.parts[0];
    elemAt = [this, data, sl](llvm::Value* i) { return load(Addr{b.CreateInBoundsGEP(memType(sl->elem), data, i), sl->elem}); };
  } else {
    Array* at;
    Addr base;
    if (Pointer* p = xt->as<Pointer>()) {
      at = under(p->base)->as<Array>();
      llvm::Value* ptr = expr(r->x).parts[0];
      if (valE) nilCheck(ptr, s->pos);
      base = Addr{ptr, p->base};
    } else {
      at = xt->as<Array>();
      if (!valE && hasCallOrRecv(r->x)) {
        expr(r->x);  // len(x) is not constant: x is evaluated (Go's rule)
      } else if (valE) {
        // Range over a copy of the array. The copy's home is allocated
        // first: an array loaded before the allocation would be live across
        // it as one statepoint operand per pointer, and instruction selection
        // is quadratic in those. An array in memory is copied as bytes,
        // unless it is a stack slot holding pointers, which must stay
        // promotable to SSA values. A large copy goes to the heap too.
        Type* t = r->x->type;
        bool pointers = hasPointers(t);
        llvm::Value* tmp = pointers || sizeOf(t) > kMaxStackVar ? heapAlloc(t) : entryAlloca(memType(t));
        base = Addr{tmp, t};
        Addr src = addressable(r->x) ? addr(r->x) : Addr{};
        if (src.ptr && (!pointers || src.ptr->getType()->getPointerAddressSpace() == 1)) {
          llvm::MaybeAlign align(alignOf(t));
          b.CreateMemCpy(tmp, align, src.ptr, align, sizeOf(t));
        } else {
          store(base, src.ptr ? load(src) : expr(r->x), false);
        }
      }
    }
    n = b.getInt64(at->len);
    elem = at->elem;
    elemAt = [this, base](llvm::Value* i) { return load(element(base, i)); };
  }
  llvm::BasicBlock* pre = b.GetInsertBlock();
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  llvm::PHINode* i = b.CreatePHI(i64, 2);
  i->addIncoming(b.getInt64(0), pre);
  b.CreateCondBr(b.CreateICmpSLT(i, n), body, done);
  b.SetInsertPoint(body);
  bindBoth(Val{{i}}, basicType(BasicKind::Int), [&] { return elemAt(i); }, elem);
  loopBody(s, done, post);
  i->addIncoming(b.CreateAdd(i, b.getInt64(1)), b.GetInsertBlock());
  b.CreateBr(condBB);
  b.SetInsertPoint(done);
}

// Tests the cases of s in order, each with match, and branches to the body
// of the first that matches, else to the default body or done. Returns the
// body blocks, one per clause, for the caller to fill.
std::vector<llvm::BasicBlock*> CodeGen::caseDispatch(SwitchStmt* s, llvm::BasicBlock* done,
                                                     const std::function<llvm::Value*(Expr*)>& match) {
  std::vector<llvm::BasicBlock*> bodies;
  for (size_t i = 0; i < s->body.size(); i++) bodies.push_back(llvm::BasicBlock::Create(ctx, "case.body", fs->fn));
  llvm::BasicBlock* dflt = done;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* cc = s->body[i];
    if (!cc->cases) {
      dflt = bodies[i];
      continue;
    }
    for (Expr* e : unpackExpr(cc->cases)) {
      llvm::Value* m = match(e);
      llvm::BasicBlock* next = llvm::BasicBlock::Create(ctx, "case.next", fs->fn);
      b.CreateCondBr(m, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(dflt);
  return bodies;
}

void CodeGen::switchStmt(SwitchStmt* s) {
  // A nested switch must not leave its fallthrough target to the enclosing case.
  struct Restore {
    llvm::BasicBlock*& slot;
    llvm::BasicBlock* saved;
    ~Restore() { slot = saved; }
  } restore{fallthroughTo, fallthroughTo};
  stmt(s->init);
  if (s->tag && s->tag->is<TypeSwitchGuard>()) {
    typeSwitch(s, static_cast<TypeSwitchGuard*>(s->tag));
    return;
  }
  Val tag;
  Type* tagType = nullptr;
  if (s->tag) {
    tagType = s->tag->type;
    if (isUntyped(tagType)) tagType = defaultType(tagType);
    tag = orderedExpr(s->tag, tagType);
  }
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "switch.done", fs->fn);
  std::vector<llvm::BasicBlock*> bodies = caseDispatch(s, done, [&](Expr* e) -> llvm::Value* {
    if (s->tag) {
      Type* ct = isInterface(tagType) || !isInterface(e->type) ? tagType : e->type;
      Val cv = orderedExpr(e, ct);
      Val tv = ct == tagType ? tag : convertValue(tag, tagType, ct);
      return compare(Op::Eql, tv, cv, ct);
    }
    if (isInterface(e->type)) {
      // A tagless switch compares with true: an interface case matches a
      // boxed true.
      Type* boolType = basicType(BasicKind::Bool);
      Val t = convertValue(Val{{b.getInt1(true)}}, boolType, e->type);
      return compare(Op::Eql, orderedExpr(e, e->type), t, e->type);
    }
    return orderedExpr(e, nullptr).parts[0];
  });
  for (size_t i = 0; i < s->body.size(); i++) {
    b.SetInsertPoint(bodies[i]);
    fs->targets.push_back({s, done, nullptr});
    fallthroughTo = i + 1 < bodies.size() ? bodies[i + 1] : done;
    block(s->body[i]->body);
    fs->targets.pop_back();
    if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  }
  b.SetInsertPoint(done);
}

void CodeGen::typeSwitch(SwitchStmt* s, TypeSwitchGuard* g) {
  Type* xt = g->x->type;
  Val x = orderedExpr(g->x, nullptr);
  bool empty = allMethods(under(xt)->as<Interface>()).empty();
  llvm::Value* dyn = empty ? x.parts[0] : dynType(x.parts[0]);
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "tswitch.done", fs->fn);
  std::vector<llvm::BasicBlock*> bodies = caseDispatch(s, done, [&](Expr* e) -> llvm::Value* {
    llvm::Value* null = llvm::ConstantPointerNull::get(rawPtr);
    if (e->mode == OperandMode::NilValue || isUntyped(e->type)) return b.CreateICmpEQ(dyn, null);
    if (!isInterface(e->type)) return b.CreateICmpEQ(dyn, typeDesc(e->type));
    if (allMethods(under(e->type)->as<Interface>()).empty()) return b.CreateICmpNE(dyn, null);
    return b.CreateICmpNE(runtimeItab(e->type, dyn, e->pos), null);
  });
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* cc = s->body[i];
    b.SetInsertPoint(bodies[i]);
    if (cc->implicit) {
      Var* v = cc->implicit->as<Var>();
      Type* vt = v->type;
      Val val;
      if (isInterface(vt)) {
        val = convertValue(x, xt, vt);
        if (!identical(vt, xt) && !allMethods(under(vt)->as<Interface>()).empty()) {
          val.parts[0] = runtimeItab(vt, dyn, cc->pos);
        }
      } else {
        val = unbox(x.parts[1], vt);
      }
      declareVar(v, &val);
    }
    fs->targets.push_back({s, done, nullptr});
    block(cc->body);
    fs->targets.pop_back();
    if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  }
  b.SetInsertPoint(done);
}

void CodeGen::returnStmt(ReturnStmt* s) {
  if (s->results) {
    std::span<Expr*> rs = unpackExpr(s->results);
    StmtOrder order(*this);
    for (Expr* x : rs) order.operands(x, rs.size() > 1);
    std::vector<Val> vals = rhsValues(rs, fs->results.size(), [&](size_t i) { return fs->results[i].type; });
    for (size_t i = 0; i < fs->results.size(); i++) store(fs->results[i], vals[i], true);
  }
  b.CreateBr(fs->returnBlock);
}

void CodeGen::branchStmt(BranchStmt* s) {
  switch (s->tok) {
    case Tok::Break:
    case Tok::Continue: {
      FuncState::Target* t = s->target ? targetFor(s->target) : (fs->targets.empty() ? nullptr : &fs->targets.back());
      if (!s->target && s->tok == Tok::Continue) {
        for (auto it = fs->targets.rbegin(); it != fs->targets.rend(); ++it) {
          if (it->continueTo) {
            t = &*it;
            break;
          }
        }
      }
      if (t) b.CreateBr(s->tok == Tok::Break ? t->breakTo : t->continueTo);
      return;
    }
    case Tok::Fallthrough: b.CreateBr(fallthroughTo); return;
    default: return;
  }
}

}  // namespace goji
