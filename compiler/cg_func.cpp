// Functions: symbol names, the flattened calling convention, prologues
// (parameters, results, defer frames), closures and their captured cells.
//
// Calling convention: every Go function takes a closure context first (ptr
// addrspace(1); null for direct calls of top-level functions and methods),
// then the receiver, then the parameters, each flattened to scalars. Results
// are flattened too: none → void, one scalar → that scalar, more → an
// anonymous struct of scalars taken apart right after the call.
#include <unordered_map>

#include "compiler/cg.h"
#include "compiler/cg_escape.h"
#include "compiler/directives.h"
#include "vm/abi.h"

namespace goji {

std::string CodeGen::symbolName(Func* f) {
  std::string pkg = f->pkg ? f->pkg->path : "";
  Signature* sig = f->sig();
  if (sig && sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = false;
    if (Pointer* p = rt->as<Pointer>()) {
      rt = p->base;
      ptr = true;
    }
    std::string tn = rt->is<Named>() ? std::string(rt->as<Named>()->obj->name) : "?";
    return pkg + "." + (ptr ? "(*" + tn + ")" : tn) + "." + std::string(f->name);
  }
  return pkg + "." + std::string(f->name);
}

llvm::FunctionType* CodeGen::funcType(Signature* sig, bool method) {
  std::vector<llvm::Type*> params{gcPtr};
  if (method && sig->recv) flatTypes(sig->recv->type, params);
  if (sig->params) {
    for (Var* v : sig->params->vars) flatTypes(v->type, params);
  }
  std::vector<llvm::Type*> results;
  if (sig->results) {
    for (Var* v : sig->results->vars) flatTypes(v->type, results);
  }
  llvm::Type* ret = results.empty() ? b.getVoidTy() : results.size() == 1 ? results[0] : llvm::StructType::get(ctx, results);
  return llvm::FunctionType::get(ret, params, false);
}

// Every Go function: statepoint GC, frame pointers (the stack walker follows
// them), and no tail calls — Go makes none, so infinite recursion overflows
// the stack as in Go (LLVM's tail recursion elimination would loop forever)
// and tracebacks show every frame.
void setGoFunctionAttrs(llvm::Function* fn) {
  fn->setGC("statepoint-example");
  fn->addFnAttr("frame-pointer", "all");
  fn->addFnAttr("disable-tail-calls", "true");
}

// The function for f, declared on first use; its body is generated later
// (generateProgram drains pendingBodies), so only reachable code is compiled.
llvm::Function* CodeGen::function(Func* f) {
  if (auto it = funcs.find(f); it != funcs.end()) return it->second;
  std::string name = symbolName(f);
  llvm::Function* fn = llvm::Function::Create(funcType(f->sig(), true), llvm::GlobalValue::ExternalLinkage, name, *mod);
  setGoFunctionAttrs(fn);
  if (f->decl && f->decl->pragma && (f->decl->pragma->flag & kNoinline)) fn->addFnAttr(llvm::Attribute::NoInline);
  funcs[f] = fn;
  if (f->decl && f->decl->body) {
    pendingBodies.push_back(f);
  } else if (f->decl) {
    nativeBody(f, fn);
  }
  return fn;
}

// sync/atomic's functions on integers are single instructions, inlined as
// Go's compiler does: Add, Load, Store, Swap and CompareAndSwap, all
// sequentially consistent. Returns false for any other function.
bool CodeGen::atomicBody(const std::string& name, llvm::Function* fn) {
  constexpr std::string_view kPrefix = "sync/atomic.";
  if (!name.starts_with(kPrefix)) return false;
  std::string_view op = std::string_view(name).substr(kPrefix.size());
  std::string_view kind;
  for (std::string_view k : {"CompareAndSwap", "Add", "Load", "Store", "Swap"}) {
    if (op.starts_with(k)) {
      kind = k;
      break;
    }
  }
  std::string_view type = op.substr(kind.size());
  if (kind.empty() || (type != "Int32" && type != "Int64" && type != "Uint32" && type != "Uint64" && type != "Uintptr")) {
    return false;
  }
  llvm::Type* word = type.ends_with("32") ? static_cast<llvm::Type*>(i32) : i64;
  llvm::Align align(word == i32 ? 4 : 8);
  fn->setLinkage(llvm::GlobalValue::InternalLinkage);
  fn->addFnAttr(llvm::Attribute::AlwaysInline);
  llvm::IRBuilder<> nb(llvm::BasicBlock::Create(ctx, "entry", fn));
  llvm::Value* addr = fn->getArg(1);
  constexpr auto kOrder = llvm::AtomicOrdering::SequentiallyConsistent;
  if (kind == "Add") {
    llvm::Value* old = nb.CreateAtomicRMW(llvm::AtomicRMWInst::Add, addr, fn->getArg(2), align, kOrder);
    nb.CreateRet(nb.CreateAdd(old, fn->getArg(2)));
  } else if (kind == "Load") {
    llvm::LoadInst* v = nb.CreateAlignedLoad(word, addr, align);
    v->setAtomic(kOrder);
    nb.CreateRet(v);
  } else if (kind == "Store") {
    nb.CreateAlignedStore(fn->getArg(2), addr, align)->setAtomic(kOrder);
    nb.CreateRetVoid();
  } else if (kind == "Swap") {
    nb.CreateRet(nb.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, addr, fn->getArg(2), align, kOrder));
  } else {
    llvm::Value* r = nb.CreateAtomicCmpXchg(addr, fn->getArg(2), fn->getArg(3), align, kOrder, kOrder);
    nb.CreateRet(nb.CreateExtractValue(r, {1}));
  }
  return true;
}

// A function declared without a body is native (stdlib/README.md). Natives
// whose results fit in two registers are the C++ functions themselves,
// resolved by name; others get a body here that calls NAME$native and reads
// the results from the runtime's result buffer. A native the runtime lacks
// becomes a body reporting that at run time.
void CodeGen::nativeBody(Func* f, llvm::Function* fn) {
  std::string name = fn->getName().str();
  std::vector<llvm::Type*> results;
  Signature* sig = f->sig();
  if (sig->results) {
    for (Var* v : sig->results->vars) flatTypes(v->type, results);
  }
  for (unsigned i = 0; i < fn->arg_size(); i++) {
    if (fn->getArg(i)->getType() == i1) fn->addParamAttr(i, llvm::Attribute::ZExt);
  }
  // Natives that are single instructions.
  static const std::unordered_map<std::string_view, llvm::Intrinsic::ID> kInstructions = {
      {"math.Sqrt", llvm::Intrinsic::sqrt},   {"math.Floor", llvm::Intrinsic::floor},
      {"math.Ceil", llvm::Intrinsic::ceil},   {"math.Trunc", llvm::Intrinsic::trunc},
      {"math.FMA", llvm::Intrinsic::fma},
  };
  auto instruction = kInstructions.find(name);
  if (instruction != kInstructions.end() || name.starts_with("math.Float")) {
    fn->setLinkage(llvm::GlobalValue::InternalLinkage);
    fn->addFnAttr(llvm::Attribute::AlwaysInline);
    llvm::IRBuilder<> nb(llvm::BasicBlock::Create(ctx, "entry", fn));
    llvm::Value* x = fn->getArg(1);
    if (instruction == kInstructions.end()) {
      nb.CreateRet(nb.CreateBitCast(x, fn->getReturnType()));
    } else if (instruction->second == llvm::Intrinsic::fma) {
      nb.CreateRet(nb.CreateIntrinsic(llvm::Intrinsic::fma, {x->getType()}, {x, fn->getArg(2), fn->getArg(3)}));
    } else {
      nb.CreateRet(nb.CreateUnaryIntrinsic(instruction->second, x));
    }
    return;
  }
  if (atomicBody(name, fn)) return;
  bool direct = results.size() <= 2;
  if (direct && opts.hasNative && opts.hasNative(name)) return;
  if (!direct && opts.hasNative && opts.hasNative(name + "$native")) {
    fn->setLinkage(llvm::GlobalValue::InternalLinkage);
    llvm::IRBuilder<> nb(llvm::BasicBlock::Create(ctx, "entry", fn));
    auto* nativeTy = llvm::FunctionType::get(b.getVoidTy(), fn->getFunctionType()->params(), false);
    llvm::Function* native =
        llvm::Function::Create(nativeTy, llvm::GlobalValue::ExternalLinkage, name + "$native", *mod);
    std::vector<llvm::Value*> args;
    for (llvm::Argument& a : fn->args()) args.push_back(&a);
    for (unsigned i = 0; i < native->arg_size(); i++) {
      if (native->getArg(i)->getType() == i1) native->addParamAttr(i, llvm::Attribute::ZExt);
    }
    llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
    b.SetInsertPoint(nb.GetInsertBlock());
    FuncState* outer = fs;
    FuncState state;
    state.fn = fn;
    state.name = name;
    fs = &state;
    call(native, args, f->pos);
    // Each result scalar occupies one 8-byte word of the buffer.
    llvm::Value* buf = call(rt("goji_native_results"), {}, f->pos);
    llvm::Value* agg = llvm::UndefValue::get(fn->getReturnType());
    for (size_t i = 0; i < results.size(); i++) {
      llvm::Value* slot = b.CreateConstInBoundsGEP1_64(i64, buf, i);
      llvm::Type* t = results[i] == i1 ? i8 : results[i];
      llvm::Value* v = b.CreateLoad(t, slot);
      if (results[i] == i1) v = b.CreateTrunc(v, i1);
      agg = b.CreateInsertValue(agg, v, {static_cast<unsigned>(i)});
    }
    b.CreateRet(agg);
    fs = outer;
    b.restoreIP(ip);
    return;
  }
  // Not implemented by this runtime.
  fn->setLinkage(llvm::GlobalValue::InternalLinkage);
  llvm::IRBuilderBase::InsertPoint ip = b.saveIP();
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
  FuncState* outer = fs;
  FuncState state;
  state.fn = fn;
  state.name = name;
  fs = &state;
  llvm::Value* len = nullptr;
  llvm::Value* str = stringConst(name, &len);
  call(rt("goji_missing_native"), {str, len}, f->pos);
  b.CreateUnreachable();
  fs = outer;
  b.restoreIP(ip);
}

// A closure object for a top-level function used as a value: {fn}.
llvm::Value* CodeGen::funcValue(Func* f) {
  std::string name = "goji.funcval." + symbolName(f);
  if (llvm::GlobalVariable* g = mod->getGlobalVariable(name)) return g;
  return staticClosure(name, function(f));
}

// A closure object without captures, in static data: {fn}.
llvm::GlobalVariable* CodeGen::staticClosure(const std::string& name, llvm::Function* fn) {
  auto* ty = llvm::StructType::get(ctx, llvm::ArrayRef<llvm::Type*>{rawPtr});
  return new llvm::GlobalVariable(*mod, ty, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                  llvm::ConstantStruct::get(ty, {fn}), name, nullptr,
                                  llvm::GlobalValue::NotThreadLocal, 1);
}

namespace {

// The defer statements of a function body (not of its function literals).
struct DeferSites {
  int count = 0;
  bool inLoop = false;
};

void countDefers(std::span<Stmt*> list, bool loop, DeferSites& d);

void countDefers(Stmt* s, bool loop, DeferSites& d) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::CallStmt:
      if (static_cast<CallStmt*>(s)->tok == Tok::Defer) {
        d.count++;
        d.inLoop |= loop;
      }
      return;
    case NodeKind::LabeledStmt: countDefers(static_cast<LabeledStmt*>(s)->stmt, loop, d); return;
    case NodeKind::BlockStmt: countDefers(static_cast<BlockStmt*>(s)->list, loop, d); return;
    case NodeKind::IfStmt: {
      auto* i = static_cast<IfStmt*>(s);
      countDefers(i->then, loop, d);
      countDefers(i->els, loop, d);
      return;
    }
    case NodeKind::ForStmt: countDefers(static_cast<ForStmt*>(s)->body, true, d); return;
    case NodeKind::SwitchStmt:
      for (CaseClause* c : static_cast<SwitchStmt*>(s)->body) countDefers(c->body, loop, d);
      return;
    case NodeKind::SelectStmt:
      for (CommClause* c : static_cast<SelectStmt*>(s)->body) countDefers(c->body, loop, d);
      return;
    default: return;
  }
}

void countDefers(std::span<Stmt*> list, bool loop, DeferSites& d) {
  for (Stmt* s : list) countDefers(s, loop, d);
}

}  // namespace

// Generates the body of fn (a function declaration or literal). For a
// literal, captures lists its captured variables, whose cells the closure
// context holds after the code pointer.
void CodeGen::genFuncBody(llvm::Function* fn, Signature* sig, Field* recv, FuncType* ftype, BlockStmt* body,
                          Var* recvVar) {
  (void)recvVar;
  FuncState* outer = fs;
  llvm::IRBuilderBase::InsertPoint outerIP = b.saveIP();
  FuncState state;
  state.fn = fn;
  state.sig = sig;
  state.name = pendingName;
  state.closurePrefix = pendingCaptures ? state.name + "." : state.name + ".func";
  fs = &state;

  llvm::BasicBlock* entry = llvm::BasicBlock::Create(ctx, "entry", fn);
  b.SetInsertPoint(entry);
  currentPos = ftype->pos;

  // Escape decisions for the whole function, closures included, are made
  // once at the outermost function; literals reuse them.
  if (!outer) {
    escapes = std::make_unique<EscapeInfo>();
    escapes->hasPointers = [this](Type* t) { return hasPointers(t); };
    escapes->sizeOf = [this](Type* t) { return sizeOf(t); };
    analyzeEscapes(*escapes, ftype, recv, body);
    findStackObjects(*escapeSummaries, *escapes, sig, ftype, recv, body);
  }

  llvm::Function::arg_iterator arg = fn->arg_begin();
  state.ctx = &*arg++;

  // Captured variables: their cells sit in the closure context after the code pointer.
  if (pendingCaptures) {
    std::vector<llvm::Type*> fields{rawPtr};
    for (size_t i = 0; i < pendingCaptures->size(); i++) fields.push_back(gcPtr);
    auto* ctxTy = llvm::StructType::get(ctx, fields);
    for (size_t i = 0; i < pendingCaptures->size(); i++) {
      llvm::Value* cell = b.CreateLoad(gcPtr, b.CreateStructGEP(ctxTy, state.ctx, static_cast<unsigned>(i + 1)));
      state.vars[(*pendingCaptures)[i]] = VarInfo{VarHome::Heap, cell};
    }
    pendingCaptures = nullptr;
  }

  DeferSites sites;
  if (body) countDefers(body->list, false, sites);
  bool defers = sites.count > 0;
  // Each deferred call then runs at most once per call of the function, and
  // all of them fit the record's inline slots: their closures can live in
  // the frame too.
  state.deferClosuresInFrame = !sites.inLoop && sites.count <= rt::kInlineDeferCalls;
  auto declareParam = [&](Var* v, Type* t) {
    std::vector<llvm::Type*> types;
    flatTypes(t, types);
    Val val;
    for (size_t i = 0; i < types.size(); i++) val.parts.push_back(&*arg++);
    if (!v || v->name.empty() || v->name == "_") return;
    declareVar(v, &val);
  };
  if (sig->recv && recv) declareParam(sig->recv, sig->recv->type);
  if (sig->params) {
    for (Var* v : sig->params->vars) declareParam(v, v->type);
  }
  // Result homes: heap cells when the function defers (deferred calls may
  // change them and a recovered panic reads them after longjmp).
  if (sig->results) {
    for (Var* v : sig->results->vars) {
      if (defers) escapes->heap.insert(v);
      declareVar(v, nullptr);
      state.results.push_back(Addr{state.vars[v].ptr, v->type});
    }
  }
  state.returnBlock = llvm::BasicBlock::Create(ctx, "return", fn);
  llvm::BasicBlock* recovery = nullptr;
  if (defers) {
    // The defer record (in this frame) holds the result homes: after the
    // longjmp of a recovered panic no value held in a register or spill slot
    // can be trusted (the CFG has no edge for it), so the recovery block
    // reloads them from it.
    uint64_t words = rt::kDeferFrameResultsOffset / 8 + state.results.size();
    state.deferFrame = asReference(entryAlloca(llvm::ArrayType::get(i64, words)));
    call(rt("goji_defer_link"), {state.deferFrame, b.getInt64(static_cast<int64_t>(state.results.size()))}, ftype->pos);
    for (size_t i = 0; i < state.results.size(); i++) {
      b.CreateStore(state.results[i].ptr, resultHomeSlot(state.deferFrame, i));
    }
    llvm::Value* jb = b.CreateConstInBoundsGEP1_64(i8, state.deferFrame, rt::kDeferFrameRecoveryOffset);
    llvm::CallInst* r = b.CreateCall(rt("goji_setjmp"), {jb});
    r->addFnAttr(llvm::Attribute::ReturnsTwice);
    llvm::BasicBlock* run = llvm::BasicBlock::Create(ctx, "body", fn);
    recovery = llvm::BasicBlock::Create(ctx, "recovery", fn);
    b.CreateCondBr(b.CreateICmpNE(r, b.getInt32(0)), recovery, run);
    b.SetInsertPoint(run);
  }
  llvm::BranchInst* entryPoll = safepointPoll(ftype->pos, true);
  if (body) block(body->list);
  if (!b.GetInsertBlock()->getTerminator()) b.CreateBr(state.returnBlock);

  if (recovery) {
    b.SetInsertPoint(recovery);
    llvm::Value* frame = call(rt("goji_defer_recovered"), {}, body->rbrace);
    std::vector<llvm::Value*> homes;
    for (size_t i = 0; i < state.results.size(); i++) homes.push_back(b.CreateLoad(gcPtr, resultHomeSlot(frame, i)));
    b.CreateBr(state.returnBlock);
    b.SetInsertPoint(state.returnBlock);
    auto merge = [&](llvm::Value* normal, llvm::Value* recovered) {
      llvm::PHINode* phi = b.CreatePHI(gcPtr, 2);
      for (llvm::BasicBlock* pred : llvm::predecessors(state.returnBlock)) {
        phi->addIncoming(pred == recovery ? recovered : normal, pred);
      }
      return phi;
    };
    state.deferFrame = merge(state.deferFrame, frame);
    for (size_t i = 0; i < state.results.size(); i++) state.results[i].ptr = merge(state.results[i].ptr, homes[i]);
  }

  // The return block: run deferred calls, then return the result homes.
  b.SetInsertPoint(state.returnBlock);
  if (state.deferFrame) call(rt("goji_defer_return"), {state.deferFrame}, body ? body->rbrace : ftype->pos);
  std::vector<llvm::Value*> results;
  for (Addr& a : state.results) {
    Val v = load(a);
    results.insert(results.end(), v.parts.begin(), v.parts.end());
  }
  if (results.empty()) {
    b.CreateRetVoid();
  } else if (results.size() == 1) {
    b.CreateRet(results[0]);
  } else {
    llvm::Value* agg = llvm::UndefValue::get(fn->getReturnType());
    for (size_t i = 0; i < results.size(); i++) agg = b.CreateInsertValue(agg, results[i], {static_cast<unsigned>(i)});
    b.CreateRet(agg);
  }
  // Blocks left without terminator (after a noreturn call) are unreachable.
  for (llvm::BasicBlock& bb : *fn) {
    if (!bb.getTerminator()) {
      b.SetInsertPoint(&bb);
      b.CreateUnreachable();
    }
  }
  dropLeafEntryPoll(fn, entryPoll);
  fs = outer;
  if (!outer) escapes.reset();
  b.restoreIP(outerIP);
}

// A function that makes no calls (other than to panics) and has no loops
// runs for a bounded time: its caller's polls suffice, and without its own
// it inlines into loops without adding a second poll to every iteration.
void CodeGen::dropLeafEntryPoll(llvm::Function* fn, llvm::BranchInst* poll) {
  llvm::BasicBlock* pollBlock = poll->getSuccessor(0);
  for (llvm::BasicBlock& bb : *fn) {
    if (&bb == pollBlock) continue;
    for (llvm::Instruction& inst : bb) {
      auto* c = llvm::dyn_cast<llvm::CallBase>(&inst);
      if (!c || c->doesNotReturn()) continue;
      llvm::Function* callee = c->getCalledFunction();
      if (callee && (callee->isIntrinsic() || callee->doesNotReturn())) continue;
      return;
    }
  }
  llvm::Value* slow = poll->getCondition();
  llvm::BranchInst::Create(poll->getSuccessor(1), poll);
  poll->eraseFromParent();
  // The condition's instructions, down to the loads (an atomic load is not
  // trivially dead to LLVM's own cleanup).
  std::vector<llvm::Instruction*> dead{llvm::cast<llvm::Instruction>(slow)};
  while (!dead.empty()) {
    llvm::Instruction* inst = dead.back();
    dead.pop_back();
    std::vector<llvm::Value*> operands(inst->op_begin(), inst->op_end());
    inst->eraseFromParent();
    for (llvm::Value* op : operands) {
      auto* opInst = llvm::dyn_cast<llvm::Instruction>(op);
      if (opInst && opInst->use_empty() && std::find(dead.begin(), dead.end(), opInst) == dead.end()) {
        dead.push_back(opInst);
      }
    }
  }
  pollBlock->dropAllReferences();
  pollBlock->eraseFromParent();
}

// Gives v its home (heap cell or stack slot) and initial value (zero if init is null).
void CodeGen::declareVar(Var* v, const Val* init) {
  llvm::Value* ptr;
  if ((escapes && escapes->heap.count(v)) || sizeOf(v->type) > kMaxStackVar) {
    ptr = heapAlloc(v->type);
    fs->vars[v] = VarInfo{VarHome::Heap, ptr};
  } else {
    ptr = entryAlloca(sizeOf(v->type) == 0 ? i8 : memType(v->type));  // zero-size variables differ, as in stackAlloc
    fs->vars[v] = VarInfo{VarHome::Alloca, ptr};
    if (!init) store(Addr{ptr, v->type}, zero(v->type), false);
  }
  if (init) store(Addr{ptr, v->type}, *init, false);
}

// A function literal: its code, and a closure object capturing its cells.
Val CodeGen::funcLit(FuncLit* lit, llvm::StructType** frameLayout) {
  Signature* sig = lit->type->as<Signature>();
  std::string name = fs->closurePrefix + std::to_string(++fs->closures);
  llvm::Function* fn = llvm::Function::Create(funcType(sig, false), llvm::GlobalValue::InternalLinkage, name, *mod);
  setGoFunctionAttrs(fn);
  std::vector<Var*>& caps = escapes->captures[lit];
  // The closure object: {code, cell...}; in static data when it captures
  // nothing, so evaluating the literal allocates nothing (as in gc).
  llvm::Value* clo;
  if (caps.empty()) {
    llvm::GlobalVariable* g = staticClosure("goji.funcval." + name, fn);
    g->setLinkage(llvm::GlobalValue::InternalLinkage);
    clo = g;
  } else {
    std::vector<llvm::Type*> fields{rawPtr};
    for (size_t i = 0; i < caps.size(); i++) fields.push_back(gcPtr);
    auto* ty = llvm::StructType::get(ctx, fields);
    if (frameLayout) *frameLayout = ty;
    clo = frameLayout ? thunkClosure(false, ty, lit->pos) : call(rt("goji_alloc"), {rawTypeDesc(ty)}, lit->pos);
    b.CreateStore(fn, b.CreateStructGEP(ty, clo, 0));
    for (size_t i = 0; i < caps.size(); i++) {
      b.CreateStore(varHome(caps[i]).ptr, b.CreateStructGEP(ty, clo, static_cast<unsigned>(i + 1)));
    }
  }
  pendingCaptures = &caps;
  pendingName = name;
  genFuncBody(fn, sig, nullptr, lit->typ, lit->body, nullptr);
  return Val{{clo}};
}

VarInfo& CodeGen::varHome(Var* v) {
  auto it = fs->vars.find(v);
  if (it != fs->vars.end()) return it->second;
  // Package-level variable.
  llvm::GlobalVariable* g = globalVar(v);
  return fs->vars[v] = VarInfo{VarHome::Global, g};
}

// The slot of result home i in a defer frame.
llvm::Value* CodeGen::resultHomeSlot(llvm::Value* frame, size_t i) {
  return b.CreateConstInBoundsGEP1_64(i8, frame, rt::kDeferFrameResultsOffset + 8 * i);
}

llvm::GlobalVariable* CodeGen::globalVar(Var* v) {
  std::string name = v->pkg->path + "." + std::string(v->name);
  if (llvm::GlobalVariable* g = mod->getGlobalVariable(name)) return g;
  llvm::Type* ty = memType(v->type);
  auto* g = new llvm::GlobalVariable(*mod, ty, false, llvm::GlobalValue::ExternalLinkage,
                                     llvm::Constant::getNullValue(ty), name, nullptr,
                                     llvm::GlobalValue::NotThreadLocal, 1);
  if (hasPointers(v->type)) pointerGlobals.push_back(std::make_pair(g, v->type));
  return g;
}

}  // namespace goji
