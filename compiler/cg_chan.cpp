// Channel operations and select. Elements travel through memory: the
// runtime copies them between the sender's and receiver's homes
// (chanElemHome), so one runtime entry serves every element type. select
// passes its cases to the runtime as an array of {channel, element home}
// words, sends first, in a slot of the frame; the chosen index comes back
// with the receive's ok bit.
#include "compiler/cg.h"
#include "compiler/checker.h"

namespace goji {

// Where a channel operation's element lives during the runtime call: a
// heap box for elements with pointers (the value in flight stays reachable
// from the blocked goroutine's sudog), otherwise a slot of this frame.
CodeGen::ChanElem CodeGen::chanElemHome(Type* elem) {
  if (hasPointers(elem)) return ChanElem{heapAlloc(elem), true};
  return ChanElem{entryAlloca(memType(elem)), false};
}

void CodeGen::send(Expr* ch, Expr* value, Pos pos) {
  Type* elem = under(ch->type)->as<Chan>()->elem;
  llvm::Value* c = expr(ch).parts[0];
  Val v = exprAs(value, elem);
  ChanElem e = chanElemHome(elem);
  store(Addr{e.ptr, elem}, v, false);
  call(rt(e.boxed ? "goji_chansend" : "goji_chansend_slot"), {c, e.ptr}, pos);
}

Val CodeGen::recv(Operation* o, llvm::Value** ok) {
  if (auto it = selectedRecv.find(o); it != selectedRecv.end()) {
    if (ok) *ok = it->second.second;
    return it->second.first;
  }
  Type* elem = under(o->x->type)->as<Chan>()->elem;
  llvm::Value* c = expr(o->x).parts[0];
  ChanElem e = chanElemHome(elem);
  llvm::Value* r = call(rt(e.boxed ? "goji_chanrecv" : "goji_chanrecv_slot"), {c, e.ptr}, o->pos);
  if (ok) *ok = r;
  return load(Addr{e.ptr, elem});
}

namespace {

// The receive operation of a select case's statement (`<-c`, `v := <-c`,
// `v, ok = <-c`), or null for a send.
Operation* caseRecv(Stmt* comm) {
  Expr* e = nullptr;
  if (ExprStmt* es = comm->as<ExprStmt>()) e = es->x;
  if (AssignStmt* as = comm->as<AssignStmt>()) e = unpackExpr(as->rhs)[0];
  Operation* o = e ? unparen(e)->as<Operation>() : nullptr;
  return o && o->op == Op::Recv && !o->y ? o : nullptr;
}

}  // namespace

void CodeGen::selectStmt(SelectStmt* s) {
  llvm::BasicBlock* done = llvm::BasicBlock::Create(ctx, "select.done", fs->fn);
  struct Case {
    CommClause* cc;
    Operation* recv;  // null for a send
    llvm::Value* chan;
    ChanElem home;
    int64_t index;  // in the runtime's array
  };
  std::vector<Case> cases;
  CommClause* dflt = nullptr;
  int64_t nsends = 0;
  // Channel operands and sent values are evaluated once, in source order,
  // each ordered within itself as a statement's operands are (cg_order.cpp).
  for (CommClause* cc : s->body) {
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    Case c{cc, caseRecv(cc->comm), nullptr, {}, 0};
    if (c.recv) {
      c.chan = orderedExpr(c.recv->x, c.recv->x->type).parts[0];
      c.home = chanElemHome(under(c.recv->x->type)->as<Chan>()->elem);
    } else {
      auto* ss = cc->comm->as<SendStmt>();
      Type* elem = under(ss->chan->type)->as<Chan>()->elem;
      c.chan = orderedExpr(ss->chan, ss->chan->type).parts[0];
      Val v = orderedExpr(ss->value, elem);
      c.home = chanElemHome(elem);
      store(Addr{c.home.ptr, elem}, v, false);
      c.index = nsends++;
    }
    cases.push_back(c);
  }
  int64_t nrecvs = 0;
  for (Case& c : cases) {
    if (c.recv) c.index = nsends + nrecvs++;
  }

  auto runBody = [&](CommClause* cc, llvm::BasicBlock* bb) {
    b.SetInsertPoint(bb);
    fs->targets.push_back({s, done, nullptr});
    block(cc->body);
    fs->targets.pop_back();
    if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(done);
  };
  if (cases.empty()) {
    if (dflt) {
      llvm::BasicBlock* bb = llvm::BasicBlock::Create(ctx, "select.default", fs->fn);
      b.CreateBr(bb);
      runBody(dflt, bb);
    } else {
      call(rt("goji_block"), {}, s->pos);
      b.CreateUnreachable();
    }
    b.SetInsertPoint(done);
    return;
  }

  auto* arrTy = llvm::ArrayType::get(i64, 2 * cases.size());
  llvm::Value* arr = entryAlloca(arrTy);
  for (Case& c : cases) {
    b.CreateStore(b.CreatePtrToInt(c.chan, i64), b.CreateConstInBoundsGEP2_64(arrTy, arr, 0, 2 * c.index));
    b.CreateStore(b.CreatePtrToInt(c.home.ptr, i64), b.CreateConstInBoundsGEP2_64(arrTy, arr, 0, 2 * c.index + 1));
  }
  llvm::Value* r = call(rt("goji_selectgo"), {arr, b.getInt64(nsends), b.getInt64(nrecvs), b.getInt1(dflt == nullptr)},
                        s->pos);
  llvm::Value* chosen = b.CreateAShr(r, 1);
  llvm::Value* ok = b.CreateTrunc(b.CreateAnd(r, 1), i1);
  llvm::BasicBlock* dfltBB = llvm::BasicBlock::Create(ctx, dflt ? "select.default" : "select.none", fs->fn);
  llvm::SwitchInst* sw = b.CreateSwitch(chosen, dfltBB, static_cast<unsigned>(cases.size()));
  if (dflt) {
    runBody(dflt, dfltBB);
  } else {
    b.SetInsertPoint(dfltBB);
    b.CreateUnreachable();
  }
  for (Case& c : cases) {
    llvm::BasicBlock* bb = llvm::BasicBlock::Create(ctx, "select.case", fs->fn);
    sw->addCase(b.getInt64(c.index), bb);
    b.SetInsertPoint(bb);
    if (c.recv) {
      Type* elem = under(c.recv->x->type)->as<Chan>()->elem;
      selectedRecv[c.recv] = {load(Addr{c.home.ptr, elem}), ok};
      stmt(c.cc->comm);
      selectedRecv.erase(c.recv);
    }
    runBody(c.cc, b.GetInsertBlock());
  }
  b.SetInsertPoint(done);
}

}  // namespace goji
