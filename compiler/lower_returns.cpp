#include "compiler/lower_returns.h"

#include <vector>

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

namespace goji {

namespace {

// x86-64 return registers LLVM's statepoint lowering can use.
constexpr unsigned kIntRegs = 3;
constexpr unsigned kFloatRegs = 2;

struct Lowering {
  llvm::StructType* full = nullptr;
  llvm::Type* regs = nullptr;  // the register part: a scalar or a struct
  std::vector<bool> inReg;     // per element of full
  unsigned memWords = 0;
  bool memHasGCPointers = false;
};

bool hasGCPointer(llvm::Type* t) {
  if (auto* p = llvm::dyn_cast<llvm::PointerType>(t)) return p->getAddressSpace() == 1;
  if (auto* a = llvm::dyn_cast<llvm::ArrayType>(t)) return hasGCPointer(a->getElementType());
  if (auto* s = llvm::dyn_cast<llvm::StructType>(t)) {
    for (llvm::Type* e : s->elements()) {
      if (hasGCPointer(e)) return true;
    }
  }
  return false;
}

// How a result type is returned; full is null if it is returned whole.
Lowering lowering(llvm::Type* ret) {
  Lowering l;
  auto* st = llvm::dyn_cast<llvm::StructType>(ret);
  if (!st) return l;
  unsigned ints = 0, floats = 0;
  std::vector<llvm::Type*> regTypes;
  for (llvm::Type* t : st->elements()) {
    bool fp = t->isFloatingPointTy();
    unsigned& used = fp ? floats : ints;
    bool reg = used < (fp ? kFloatRegs : kIntRegs);
    if (reg) {
      used++;
      regTypes.push_back(t);
    } else {
      l.memWords++;
    }
    l.inReg.push_back(reg);
  }
  if (l.memWords == 0) return l;
  for (unsigned i = 0; i < st->getNumElements(); i++) {
    if (!l.inReg[i] && hasGCPointer(st->getElementType(i))) l.memHasGCPointers = true;
  }
  l.full = st;
  l.regs = regTypes.size() == 1 ? regTypes[0] : llvm::StructType::get(st->getContext(), regTypes);
  return l;
}

}  // namespace

bool returnsInMemory(llvm::Type* ret) { return lowering(ret).memWords > 0; }

namespace {

llvm::FunctionType* loweredType(llvm::FunctionType* ft, const Lowering& l) {
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.push_back(llvm::PointerType::get(ft->getContext(), 0));
  return llvm::FunctionType::get(l.regs, params, false);
}

// Rewrites a call returning l.full into one returning the register part and
// filling a result area in the caller's frame; the spilled results are
// loaded right after the call.
void lowerCall(llvm::CallInst* call, const Lowering& l) {
  llvm::Function* caller = call->getFunction();
  llvm::IRBuilder<> entry(&*caller->getEntryBlock().getFirstInsertionPt());
  llvm::Type* i64 = entry.getInt64Ty();
  llvm::AllocaInst* area = entry.CreateAlloca(llvm::ArrayType::get(i64, l.memWords), nullptr, "results");

  llvm::IRBuilder<> b(call);
  std::vector<llvm::Value*> args(call->arg_begin(), call->arg_end());
  args.push_back(area);
  llvm::CallInst* nc = b.CreateCall(loweredType(call->getFunctionType(), l), call->getCalledOperand(), args);
  nc->setCallingConv(call->getCallingConv());
  nc->setAttributes(call->getAttributes());
  nc->copyMetadata(*call);

  b.SetInsertPoint(call->getNextNode());
  llvm::Value* agg = llvm::UndefValue::get(l.full);
  unsigned reg = 0, mem = 0;
  unsigned nregs = l.full->getNumElements() - l.memWords;
  for (unsigned i = 0; i < l.full->getNumElements(); i++) {
    llvm::Value* v;
    if (l.inReg[i]) {
      v = nregs == 1 ? static_cast<llvm::Value*>(nc) : b.CreateExtractValue(nc, {reg});
      reg++;
    } else {
      v = b.CreateLoad(l.full->getElementType(i), b.CreateConstInBoundsGEP2_64(area->getAllocatedType(), area, 0, mem));
      mem++;
    }
    agg = b.CreateInsertValue(agg, v, {i});
  }
  call->replaceAllUsesWith(agg);
  call->eraseFromParent();
}

// Moves f's body into a function of the lowered type whose returns store
// the spilled results into the caller's area just before returning.
void lowerFunction(llvm::Function* f, const Lowering& l) {
  llvm::FunctionType* nt = loweredType(f->getFunctionType(), l);
  llvm::Function* nf = llvm::Function::Create(nt, f->getLinkage(), f->getAddressSpace(), "", f->getParent());
  nf->copyAttributesFrom(f);
  nf->copyMetadata(f, 0);
  nf->takeName(f);
  nf->splice(nf->end(), f);
  for (unsigned i = 0; i < f->arg_size(); i++) {
    f->getArg(i)->replaceAllUsesWith(nf->getArg(i));
    nf->getArg(i)->takeName(f->getArg(i));
  }
  llvm::Argument* area = nf->getArg(nf->arg_size() - 1);
  area->setName("results");

  std::vector<llvm::ReturnInst*> rets;
  for (llvm::BasicBlock& bb : *nf) {
    if (auto* r = llvm::dyn_cast<llvm::ReturnInst>(bb.getTerminator())) rets.push_back(r);
  }
  llvm::Type* i64 = llvm::Type::getInt64Ty(f->getContext());
  unsigned nregs = l.full->getNumElements() - l.memWords;
  for (llvm::ReturnInst* r : rets) {
    llvm::IRBuilder<> b(r);
    llvm::Value* v = r->getReturnValue();
    llvm::Value* regs = llvm::UndefValue::get(l.regs);
    unsigned reg = 0, mem = 0;
    for (unsigned i = 0; i < l.full->getNumElements(); i++) {
      llvm::Value* e = b.CreateExtractValue(v, {i});
      if (l.inReg[i]) {
        regs = nregs == 1 ? e : b.CreateInsertValue(regs, e, {reg});
        reg++;
      } else {
        b.CreateStore(e, b.CreateConstInBoundsGEP1_64(i64, area, mem));
        mem++;
      }
    }
    b.CreateRet(regs);
    r->eraseFromParent();
  }
  f->replaceAllUsesWith(nf);
  f->eraseFromParent();
}

}  // namespace

void lowerLargeReturns(llvm::Module& m, bool pointerFreeOnly) {
  std::vector<std::pair<llvm::CallInst*, Lowering>> calls;
  for (llvm::Function& f : m) {
    for (llvm::BasicBlock& bb : f) {
      for (llvm::Instruction& inst : bb) {
        auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
        if (!call || call->getIntrinsicID() != llvm::Intrinsic::not_intrinsic) continue;
        auto* callee = llvm::dyn_cast<llvm::Function>(call->getCalledOperand());
        if (callee && !callee->hasGC()) continue;
        Lowering l = lowering(call->getType());
        if (l.full && !(pointerFreeOnly && l.memHasGCPointers)) calls.emplace_back(call, std::move(l));
      }
    }
  }
  for (auto& [call, l] : calls) lowerCall(call, l);

  std::vector<std::pair<llvm::Function*, Lowering>> funcs;
  for (llvm::Function& f : m) {
    if (!f.hasGC()) continue;
    Lowering l = lowering(f.getReturnType());
    if (l.full && !(pointerFreeOnly && l.memHasGCPointers)) funcs.emplace_back(&f, std::move(l));
  }
  for (auto& [f, l] : funcs) lowerFunction(f, l);
}

}  // namespace goji
