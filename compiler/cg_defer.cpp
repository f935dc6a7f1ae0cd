// defer and go: the call's function value and arguments are evaluated at
// the statement (Go's rule) into a closure, which defer pushes on the
// function's DeferFrame and go runs on a new goroutine. A call of a closure
// or function without arguments (whose results, if any, come back in
// registers, to be dropped) is used as is, so recover() inside a
// deferred one sees itself called by the runtime directly; anything else
// becomes a thunk closure holding the evaluated values, which the runtime
// knows to look through (vm/rt_panic.cpp). A deferred thunk, or a function
// literal's closure deferred where it is written, is a stack object in the
// function's frame when each defer statement runs at most once per call and
// all fit the record's inline slots: the record then carries the closure's
// layout, by which the collector marks what it holds.
#include <llvm/IR/IntrinsicInst.h>

#include "compiler/cg.h"
#include "compiler/lower_returns.h"
#include "vm/abi.h"

namespace goji {

void CodeGen::suspendCall(bool go, llvm::Value* clo, bool thunk, Pos pos, llvm::StructType* inFrame) {
  if (go) {
    call(rt("goji_go"), {clo}, pos);
    return;
  }
  llvm::Value* layout = inFrame ? rawTypeDesc(inFrame) : llvm::ConstantPointerNull::get(rawPtr);
  call(rt("goji_defer_push"), {fs->deferFrame, clo, b.getInt1(thunk), layout}, pos);
}

llvm::Value* CodeGen::thunkClosure(bool go, llvm::StructType* ty, Pos pos) {
  if (!go && fs->deferClosuresInFrame) {
    // Words, not ty: the record's layout makes the collector see what this
    // stack object holds, and no stack map needs to.
    uint64_t words = (mod->getDataLayout().getTypeAllocSize(ty) + 7) / 8;
    return asReference(entryAlloca(llvm::ArrayType::get(i64, words)));
  }
  return call(rt("goji_alloc"), {rawTypeDesc(ty)}, pos);
}

void CodeGen::callStmt(CallStmt* s) {
  bool go = s->tok == Tok::Go;
  CallExpr* c = s->call;
  Expr* f = unparen(c->fun);
  // A builtin: evaluate its arguments now, run it in a thunk.
  if (f->mode == OperandMode::Builtin) {
    deferBuiltin(c, go);
    return;
  }
  // A function that stores results into its caller's area is called by a
  // thunk, which passes one: the runtime calls a closure with no results.
  Signature* sig = under(f->type)->as<Signature>();
  bool resultsInMemory = sig && returnsInMemory(funcType(sig, false)->getReturnType());
  if (c->args.empty() && f->mode != OperandMode::TypeExpr && !resultsInMemory) {
    Func* direct = nullptr;
    if (Name* n = f->as<Name>()) direct = n->obj ? n->obj->as<Func>() : nullptr;
    if (SelectorExpr* sel = f->as<SelectorExpr>(); sel && !sel->selection) direct = sel->sel->obj ? sel->sel->obj->as<Func>() : nullptr;
    if (direct) {
      suspendCall(go, funcValue(direct), false, s->pos);
      return;
    }
    if (FuncLit* lit = f->as<FuncLit>(); lit && !go && fs->deferClosuresInFrame) {
      llvm::StructType* layout = nullptr;
      llvm::Value* clo = funcLit(lit, &layout).parts[0];
      suspendCall(false, clo, false, s->pos, layout);
      return;
    }
    if (!(f->is<SelectorExpr>() && static_cast<SelectorExpr*>(f)->selection &&
          static_cast<SelectorExpr*>(f)->selection->kind == SelectionKind::MethodVal)) {
      // A nil function panics when the deferred call runs, not here (Go's
      // rule): it is deferred as a call of runtime.panicmem. go of a nil
      // function is a fatal error of the runtime's.
      llvm::Value* clo = expr(f).parts[0];
      if (!go) {
        llvm::Value* isNil = b.CreateICmpEQ(clo, llvm::ConstantPointerNull::get(gcPtr));
        clo = b.CreateSelect(isNil, funcValue(runtimeFunc("panicmem")), clo);
      }
      suspendCall(go, clo, false, s->pos);
      return;
    }
  }
  PreparedCall pc = prepareCall(c);
  // The thunk's closure: {code, [callee], args...}.
  bool dynamicCallee = !llvm::isa<llvm::Function>(pc.callee);
  std::vector<llvm::Type*> fields{rawPtr};
  if (dynamicCallee) fields.push_back(rawPtr);
  for (llvm::Value* a : pc.args) fields.push_back(a->getType());
  auto* ty = llvm::StructType::get(ctx, fields);
  static int counter = 0;
  auto* thunkTy = llvm::FunctionType::get(b.getVoidTy(), {gcPtr}, false);
  llvm::Function* thunk = llvm::Function::Create(thunkTy, llvm::GlobalValue::InternalLinkage,
                                                 fs->fn->getName() + ".defer" + std::to_string(++counter), *mod);
  setGoFunctionAttrs(thunk);
  llvm::Value* clo = thunkClosure(go, ty, s->pos);
  b.CreateStore(thunk, b.CreateStructGEP(ty, clo, 0));
  unsigned k = 1;
  if (dynamicCallee) b.CreateStore(pc.callee, b.CreateStructGEP(ty, clo, k++));
  for (llvm::Value* a : pc.args) b.CreateStore(a, b.CreateStructGEP(ty, clo, k++));
  {
    llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
    FuncState* outer = fs;
    FuncState state;
    state.fn = thunk;
    state.name = outer->name;
    fs = &state;
    b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", thunk));
    llvm::Value* ctxArg = &*thunk->arg_begin();
    PreparedCall replay = pc;
    unsigned j = 1;
    if (dynamicCallee) replay.callee = b.CreateLoad(rawPtr, b.CreateStructGEP(ty, ctxArg, j++));
    for (llvm::Value*& a : replay.args) a = b.CreateLoad(fields[j], b.CreateStructGEP(ty, ctxArg, j)), j++;
    emitCall(replay, s->pos);
    // The deferred function keeps a frame of its own: recover() checks that
    // its caller is that frame, which inlining would fold into the thunk's.
    for (llvm::BasicBlock& bb : *thunk) {
      for (llvm::Instruction& i : bb) {
        if (auto* c = llvm::dyn_cast<llvm::CallBase>(&i); c && !llvm::isa<llvm::IntrinsicInst>(c)) {
          c->addFnAttr(llvm::Attribute::NoInline);
        }
      }
    }
    b.CreateRetVoid();
    fs = outer;
    b.restoreIP(ip);
  }
  suspendCall(go, clo, true, s->pos, !go && fs->deferClosuresInFrame ? ty : nullptr);
}

// defer or go of a builtin: its argument values are captured now.
void CodeGen::deferBuiltin(CallExpr* c, bool go) {
  Expr* f = unparen(c->fun);
  BuiltinId id = static_cast<Builtin*>(f->as<Name>()->obj)->id;
  std::vector<Val> vals;
  std::vector<Type*> types;
  if (id == BuiltinId::Recover) {
    // Run by this function's return, a deferred recover() acts as this
    // function calling recover (Go's recover1 test): it recovers if this
    // function is a deferred call of the panic. Run by a panic, it is
    // called by the runtime and has no effect. So the thunk recovers on
    // behalf of this frame, which must stay a frame of its own.
    llvm::Function* fa = llvm::Intrinsic::getDeclaration(mod.get(), llvm::Intrinsic::frameaddress, {rawPtr});
    fs->fn->addFnAttr(llvm::Attribute::NoInline);
    vals.push_back(Val{{b.CreatePtrToInt(b.CreateCall(fa, {b.getInt32(0)}), i64)}});
    types.push_back(basicType(BasicKind::Uintptr));
  }
  for (Expr* a : c->args) {
    Type* t = a->type;
    if (id == BuiltinId::Panic) t = universe().emptyInterface;
    if (isUntyped(t)) t = defaultType(t);
    vals.push_back(a->mode == OperandMode::NilValue ? zero(t) : exprAs(a, t));
    types.push_back(t);
  }
  std::vector<llvm::Type*> fields{rawPtr};
  for (Val& v : vals) {
    for (llvm::Value* p : v.parts) fields.push_back(p->getType());
  }
  auto* ty = llvm::StructType::get(ctx, fields);
  static int counter = 0;
  auto* thunkTy = llvm::FunctionType::get(b.getVoidTy(), {gcPtr}, false);
  llvm::Function* thunk = llvm::Function::Create(thunkTy, llvm::GlobalValue::InternalLinkage,
                                                 fs->fn->getName() + ".deferb" + std::to_string(++counter), *mod);
  setGoFunctionAttrs(thunk);
  llvm::Value* clo = thunkClosure(go, ty, c->pos);
  b.CreateStore(thunk, b.CreateStructGEP(ty, clo, 0));
  unsigned k = 1;
  for (Val& v : vals) {
    for (llvm::Value* p : v.parts) b.CreateStore(p, b.CreateStructGEP(ty, clo, k++));
  }
  {
    llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
    FuncState* outer = fs;
    FuncState state;
    state.fn = thunk;
    state.name = outer->name;
    fs = &state;
    b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", thunk));
    llvm::Value* ctxArg = &*thunk->arg_begin();
    unsigned j = 1;
    std::vector<Val> loaded;
    for (Val& v : vals) {
      Val l;
      for (size_t i = 0; i < v.parts.size(); i++, j++) l.parts.push_back(b.CreateLoad(fields[j], b.CreateStructGEP(ty, ctxArg, j)));
      loaded.push_back(l);
    }
    switch (id) {
      case BuiltinId::Print:
      case BuiltinId::Println:
        call(rt("goji_print_lock"), {}, c->pos);
        for (size_t i = 0; i < loaded.size(); i++) {
          if (i > 0 && id == BuiltinId::Println) call(rt("goji_print_sp"), {}, c->pos);
          printValue(loaded[i], types[i]);
        }
        if (id == BuiltinId::Println) call(rt("goji_print_nl"), {}, c->pos);
        call(rt("goji_print_unlock"), {}, c->pos);
        break;
      case BuiltinId::Panic:
        call(rt("goji_panic"), {loaded[0].parts[0], loaded[0].parts[1]}, c->pos);
        break;
      case BuiltinId::Recover:
        call(rt("goji_recover"), {b.CreateIntToPtr(loaded[0].parts[0], rawPtr)}, c->pos);
        break;
      case BuiltinId::Delete: {
        Type* mapType = types[0];
        Map* mt = under(mapType)->as<Map>();
        Val key = convertValue(loaded[1], types[1], mt->key);
        if (isString(mt->key)) {
          call(rt("goji_mapdelete_str"), {typeDesc(mapType), loaded[0].parts[0], key.parts[0], key.parts[1]}, c->pos);
        } else {
          mapKeyCall("goji_mapdelete", mapType, loaded[0].parts[0], key, c->pos);
        }
        break;
      }
      case BuiltinId::Close: call(rt("goji_closechan"), {loaded[0].parts[0]}, c->pos); break;
      case BuiltinId::Copy: {
        Type* elem = under(types[0])->as<Slice>()->elem;
        const Val& dst = loaded[0];
        const Val& src = loaded[1];
        if (hasPointers(elem)) {
          call(rt("goji_slicecopy"), {dst.parts[0], dst.parts[1], src.parts[0], src.parts[1], typeDesc(elem)}, c->pos);
          break;
        }
        llvm::Value* n = b.CreateSelect(b.CreateICmpSLT(dst.parts[1], src.parts[1]), dst.parts[1], src.parts[1]);
        b.CreateMemMove(dst.parts[0], llvm::MaybeAlign(alignOf(elem)), src.parts[0], llvm::MaybeAlign(alignOf(elem)),
                        b.CreateMul(n, b.getInt64(sizeOf(elem))));
        break;
      }
      default: break;  // the checker allows only the builtins above in statement context
    }
    b.CreateRetVoid();
    fs = outer;
    b.restoreIP(ip);
  }
  suspendCall(go, clo, true, c->pos, !go && fs->deferClosuresInFrame ? ty : nullptr);
}

}  // namespace goji
