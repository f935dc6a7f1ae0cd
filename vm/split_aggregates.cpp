// See split_aggregates.h.
#include "vm/split_aggregates.h"

#include <vector>

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

namespace goji {

namespace {

using Path = std::vector<unsigned>;

void leafPaths(llvm::Type* t, Path& prefix, std::vector<Path>& out) {
  if (auto* s = llvm::dyn_cast<llvm::StructType>(t)) {
    for (unsigned i = 0; i < s->getNumElements(); i++) {
      prefix.push_back(i);
      leafPaths(s->getElementType(i), prefix, out);
      prefix.pop_back();
    }
  } else if (auto* a = llvm::dyn_cast<llvm::ArrayType>(t)) {
    for (unsigned i = 0; i < a->getNumElements(); i++) {
      prefix.push_back(i);
      leafPaths(a->getElementType(), prefix, out);
      prefix.pop_back();
    }
  } else {
    out.push_back(prefix);
  }
}

bool startsWith(const Path& p, llvm::ArrayRef<unsigned> prefix) {
  return p.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), p.begin());
}

class Splitter {
 public:
  explicit Splitter(llvm::Instruction* agg) : agg_(agg) {
    Path prefix;
    leafPaths(agg->getType(), prefix, paths_);
  }

  void run() {
    llvm::Instruction* at = llvm::isa<llvm::PHINode>(agg_) ? &*agg_->getParent()->getFirstInsertionPt()
                                                           : agg_->getNextNode();
    llvm::IRBuilder<> b(at);
    for (const Path& p : paths_) leaves_.push_back(b.CreateExtractValue(agg_, p));
    std::vector<llvm::Use*> uses;
    for (llvm::Use& u : agg_->uses()) {
      auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(u.getUser());
      if (ev && std::find(leaves_.begin(), leaves_.end(), ev) != leaves_.end()) continue;
      uses.push_back(&u);
    }
    for (llvm::Use* u : uses) rewrite(*u);
  }

 private:
  // The value at prefix, rebuilt from the leaves before `before`.
  llvm::Value* rebuild(llvm::Type* t, llvm::ArrayRef<unsigned> prefix, llvm::Instruction* before) {
    if (!t->isAggregateType()) {
      for (size_t i = 0; i < paths_.size(); i++) {
        if (paths_[i].size() == prefix.size() && startsWith(paths_[i], prefix)) return leaves_[i];
      }
    }
    llvm::IRBuilder<> b(before);
    llvm::Value* v = llvm::PoisonValue::get(t);
    for (size_t i = 0; i < paths_.size(); i++) {
      if (!startsWith(paths_[i], prefix)) continue;
      Path rest(paths_[i].begin() + static_cast<long>(prefix.size()), paths_[i].end());
      v = b.CreateInsertValue(v, leaves_[i], rest);
    }
    return v;
  }

  void rewrite(llvm::Use& u) {
    auto* user = llvm::cast<llvm::Instruction>(u.getUser());
    if (auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(user)) {
      ev->replaceAllUsesWith(rebuild(ev->getType(), ev->getIndices(), ev));
      ev->eraseFromParent();
      return;
    }
    llvm::Instruction* before = user;
    if (auto* phi = llvm::dyn_cast<llvm::PHINode>(user)) before = phi->getIncomingBlock(u)->getTerminator();
    u.set(rebuild(agg_->getType(), {}, before));
  }

  llvm::Instruction* agg_;
  std::vector<Path> paths_;
  std::vector<llvm::Value*> leaves_;
};

}  // namespace

bool containsGCPointer(llvm::Type* t) {
  if (auto* p = llvm::dyn_cast<llvm::PointerType>(t)) return p->getAddressSpace() == 1;
  if (auto* s = llvm::dyn_cast<llvm::StructType>(t)) {
    for (llvm::Type* e : s->elements()) {
      if (containsGCPointer(e)) return true;
    }
    return false;
  }
  if (auto* a = llvm::dyn_cast<llvm::ArrayType>(t)) return containsGCPointer(a->getElementType());
  if (auto* v = llvm::dyn_cast<llvm::VectorType>(t)) return containsGCPointer(v->getElementType());
  return false;
}

void splitGCAggregates(llvm::Module& m) {
  for (llvm::Function& f : m) {
    std::vector<llvm::Instruction*> aggs;
    for (llvm::BasicBlock& bb : f) {
      for (llvm::Instruction& i : bb) {
        if (i.getType()->isAggregateType() && !i.isTerminator() && containsGCPointer(i.getType())) aggs.push_back(&i);
      }
    }
    for (llvm::Instruction* i : aggs) Splitter(i).run();
  }
}

}  // namespace goji
