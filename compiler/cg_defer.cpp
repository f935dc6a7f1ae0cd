// defer: the deferred call's function value and arguments are evaluated at
// the defer statement (Go's rule) and pushed on the function's DeferFrame
// as a closure. A call of a closure or function without arguments is pushed
// as is, so recover() inside it sees itself called by the runtime directly;
// anything else becomes a thunk closure holding the evaluated values, which
// the runtime knows to look through (vm/rt_panic.cpp).
#include "compiler/cg.h"
#include "vm/abi.h"

namespace goji {

void CodeGen::callStmt(CallStmt* s) {
  if (s->tok == Tok::Go) {
    call(rt("goji_unsupported_chan"), {}, s->pos);
    return;
  }
  CallExpr* c = s->call;
  Expr* f = unparen(c->fun);
  llvm::Value* df = fs->deferFrame;
  // A builtin: evaluate its arguments now, run it in a thunk.
  if (f->mode == OperandMode::Builtin) {
    deferBuiltin(c);
    return;
  }
  if (c->args.empty() && f->mode != OperandMode::TypeExpr) {
    Func* direct = nullptr;
    if (Name* n = f->as<Name>()) direct = n->obj ? n->obj->as<Func>() : nullptr;
    if (SelectorExpr* sel = f->as<SelectorExpr>(); sel && !sel->selection) direct = sel->sel->obj ? sel->sel->obj->as<Func>() : nullptr;
    if (direct) {
      call(rt("goji_defer_push"), {df, funcValue(direct), b.getFalse()}, s->pos);
      return;
    }
    if (!(f->is<SelectorExpr>() && static_cast<SelectorExpr*>(f)->selection &&
          static_cast<SelectorExpr*>(f)->selection->kind == SelectionKind::MethodVal)) {
      // A nil function panics when the deferred call runs, not here (Go's
      // rule): it is deferred as a call of runtime.panicmem.
      llvm::Value* clo = expr(f).parts[0];
      llvm::Value* isNil = b.CreateICmpEQ(clo, llvm::ConstantPointerNull::get(gcPtr));
      clo = b.CreateSelect(isNil, funcValue(runtimeFunc("panicmem")), clo);
      call(rt("goji_defer_push"), {df, clo, b.getFalse()}, s->pos);
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
  llvm::Value* clo = call(rt("goji_alloc"), {rawTypeDesc(ty)}, s->pos);
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
    b.CreateRetVoid();
    fs = outer;
    b.restoreIP(ip);
  }
  call(rt("goji_defer_push"), {df, clo, b.getTrue()}, s->pos);
}

// defer of a builtin: its argument values are captured now.
void CodeGen::deferBuiltin(CallExpr* c) {
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
  llvm::Value* clo = call(rt("goji_alloc"), {rawTypeDesc(ty)}, c->pos);
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
      default: call(rt("goji_unsupported_chan"), {}, c->pos); break;
    }
    b.CreateRetVoid();
    fs = outer;
    b.restoreIP(ip);
  }
  call(rt("goji_defer_push"), {fs->deferFrame, clo, b.getTrue()}, c->pos);
}

}  // namespace goji
