#include "vm/jit.h"

#include "compiler/lower_returns.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/ExecutionEngine/JITEventListener.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/IRTransformLayer.h"
#include "llvm/ExecutionEngine/Orc/ObjectTransformLayer.h"
#include "llvm/ExecutionEngine/Orc/RTDyldObjectLinkingLayer.h"
#include "llvm/IR/BuiltinGCs.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Transforms/Scalar/RewriteStatepointsForGC.h"
#include "llvm/Transforms/Scalar/DCE.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"
#include "vm/jit_memory.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"
#include "vm/split_aggregates.h"
#include "vm/stackmap.h"

namespace goji {

namespace {

// Registers the .llvm_stackmaps section and the static data of every object
// RuntimeDyld loads, and records them in the region's image.
class StackMapListener : public llvm::JITEventListener {
 public:
  explicit StackMapListener(JitRegion& region) : region_(region) {}

  void notifyObjectLoaded(ObjectKey, const llvm::object::ObjectFile& obj,
                          const llvm::RuntimeDyld::LoadedObjectInfo& info) override {
    LinkedImage& img = region_.image();
    for (const llvm::object::SectionRef& sec : obj.sections()) {
      llvm::Expected<llvm::StringRef> name = sec.getName();
      if (!name) {
        llvm::consumeError(name.takeError());
        continue;
      }
      auto* addr = reinterpret_cast<const uint8_t*>(info.getSectionLoadAddress(sec));
      if (!addr) continue;
      ImageRange range{region_.offsetOf(addr), sec.getSize()};
      if (*name == ".llvm_stackmaps") {
        rt::stackMaps().addSection(addr, sec.getSize());
        img.stackMaps.push_back(range);
      } else if (sec.isData() || sec.isBSS() || *name == ".rodata" || name->starts_with(".rodata.")) {
        rt::registerStaticData(addr, sec.getSize());
        img.staticData.push_back(range);
      }
    }
  }

 private:
  JitRegion& region_;
};

// After promotion, an alloca still holding a GC pointer would hide roots from
// the collector: RS4GC only tracks SSA values.
llvm::Error checkNoGCAllocas(llvm::Module& m) {
  for (llvm::Function& f : m) {
    for (llvm::BasicBlock& bb : f) {
      for (llvm::Instruction& i : bb) {
        if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&i); a && containsGCPointer(a->getAllocatedType())) {
          return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                         "internal error: an alloca holding GC pointers survived promotion in " +
                                             f.getName().str());
        }
      }
    }
  }
  return llvm::Error::success();
}

// Runs the passes build adds, with analysis managers of their own: a
// pipeline must not see analyses cached before the module was changed
// behind the pass manager's back (lowerLargeReturns replaces functions).
void runPasses(llvm::Module& m, const std::function<void(llvm::PassBuilder&, llvm::ModulePassManager&)>& build) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb;
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  build(pb, mpm);
  mpm.run(m, mam);
}

// Assumptions have done their work once the optimizer has run. Left in,
// they keep values alive for codegen's IR passes: loop strength reduction
// gives the address an assumption tests an induction variable of its own,
// which outlives the assumption as a dead register increment per iteration.
void dropAssumptions(llvm::Module& m) {
  std::vector<llvm::Instruction*> assumes;
  for (llvm::Function& f : m) {
    for (llvm::Instruction& i : llvm::instructions(f)) {
      if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i); ii && ii->getIntrinsicID() == llvm::Intrinsic::assume) {
        assumes.push_back(ii);
      }
    }
  }
  for (llvm::Instruction* a : assumes) {
    llvm::Value* cond = a->getOperand(0);
    a->eraseFromParent();
    llvm::RecursivelyDeleteTriviallyDeadInstructions(cond);
  }
}

// Three of LLVM's options trade compile time for no measured speed
// (vm/README.md): InstCombine stops after one round instead of iterating to a
// fixed point (LLVM's default from version 17); the post-RA list scheduler,
// which the host's scheduling model may enable, stays off for out-of-order
// cores; and the DAG combiner does not merge stores, which is quadratic in
// the spill stores of a statepoint with hundreds of live pointers (a large
// array of structs copied whole: tests/run/lang/large_value_copies.go).
void setCompileTimeOptions() {
  llvm::StringMap<llvm::cl::Option*>& options = llvm::cl::getRegisteredOptions();
  static const std::pair<const char*, const char*> kSettings[] = {
      {"instcombine-max-iterations", "1"}, {"post-RA-scheduler", "false"}, {"combiner-store-merging", "false"}};
  for (auto [name, value] : kSettings) {
    // Position 1, as if given on a command line: some options count only then.
    if (llvm::cl::Option* o = options.lookup(name)) o->addOccurrence(1, name, value);
  }
}

}  // namespace

llvm::Error Jit::optimize(llvm::Module& m, int optLevel) {
  lowerLargeReturns(m, true);
  runPasses(m, [&](llvm::PassBuilder& pb, llvm::ModulePassManager& mpm) {
    if (optLevel == 0) {
      llvm::FunctionPassManager fpm;
      fpm.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
      fpm.addPass(llvm::PromotePass());
      mpm.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(fpm)));
    } else {
      // Large results and struct copies reach the optimizer as chains of
      // insertvalue feeding extractvalue; folded and deleted first, they
      // never meet SCCP, whose per-field lattice is quadratic in them.
      llvm::FunctionPassManager fpm;
      fpm.addPass(llvm::SROAPass(llvm::SROAOptions::ModifyCFG));
      fpm.addPass(llvm::InstSimplifyPass());
      fpm.addPass(llvm::DCEPass());
      mpm.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(fpm)));
      mpm.addPass(pb.buildPerModuleDefaultPipeline(optLevel == 1 ? llvm::OptimizationLevel::O1
                                                                 : llvm::OptimizationLevel::O2));
    }
  });
  if (optLevel > 0) dropAssumptions(m);
  lowerLargeReturns(m, false);
  if (llvm::Error err = checkNoGCAllocas(m)) return err;
  splitGCAggregates(m);
  runPasses(m, [](llvm::PassBuilder&, llvm::ModulePassManager& mpm) { mpm.addPass(llvm::RewriteStatepointsForGC()); });
  return llvm::Error::success();
}

struct Jit::Impl {
  JitRegion region;  // outlives the JIT, whose objects live in it
  StackMapListener listener{region};
  std::unique_ptr<llvm::orc::LLJIT> lljit;
  int optLevel = 0;
};

Jit::~Jit() = default;

llvm::Expected<std::unique_ptr<Jit>> Jit::create(const JitOptions& opts) {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::linkAllBuiltinGCs();
    setCompileTimeOptions();
    return true;
  }();
  (void)initialized;
  std::unique_ptr<Jit> jit(new Jit());
  jit->impl_ = std::make_unique<Impl>();
  Impl* impl = jit->impl_.get();
  impl->optLevel = opts.optLevel;

  auto jtmb = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb) return jtmb.takeError();
  jtmb->setCodeGenOptLevel(opts.optLevel == 0 ? llvm::CodeGenOpt::None : llvm::CodeGenOpt::Default);
  jtmb->getOptions().EnableFastISel = opts.optLevel == 0;
  // Small code model: every object lies in one region (jit_memory.h), so
  // PC-relative references reach, and code needs no 64-bit immediates.
  jtmb->setCodeModel(llvm::CodeModel::Small);
  jtmb->setRelocationModel(llvm::Reloc::PIC_);

  auto lljit = llvm::orc::LLJITBuilder()
                   .setJITTargetMachineBuilder(std::move(*jtmb))
                   .setObjectLinkingLayerCreator([impl](llvm::orc::ExecutionSession& es, const llvm::Triple&) {
                     auto layer = std::make_unique<llvm::orc::RTDyldObjectLinkingLayer>(
                         es, [impl] { return newJitMemoryManager(impl->region); });
                     layer->registerJITEventListener(impl->listener);
                     return layer;
                   })
                   .create();
  if (!lljit) return lljit.takeError();
  impl->lljit = std::move(*lljit);

  int optLevel = opts.optLevel;
  impl->lljit->getIRTransformLayer().setTransform(
      [optLevel](llvm::orc::ThreadSafeModule tsm,
                 const llvm::orc::MaterializationResponsibility&) -> llvm::Expected<llvm::orc::ThreadSafeModule> {
        llvm::Error err = tsm.withModuleDo([&](llvm::Module& m) { return optimize(m, optLevel); });
        if (err) return err;
        return tsm;
      });

  // Runtime entry points.
  llvm::orc::SymbolMap symbols;
  auto& es = impl->lljit->getExecutionSession();
  for (const RuntimeSymbol& s : runtimeSymbols()) {
    symbols[es.intern(s.name)] = llvm::JITEvaluatedSymbol(
        llvm::pointerToJITTargetAddress(s.address), llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable);
  }
  if (llvm::Error err = impl->lljit->getMainJITDylib().define(llvm::orc::absoluteSymbols(std::move(symbols)))) {
    return err;
  }
  return jit;
}

llvm::Error Jit::addModule(std::unique_ptr<llvm::Module> m, std::unique_ptr<llvm::LLVMContext> ctx) {
  return impl_->lljit->addIRModule(llvm::orc::ThreadSafeModule(std::move(m), std::move(ctx)));
}

llvm::Error Jit::addObject(std::string_view object) {
  return impl_->lljit->addObjectFile(
      llvm::MemoryBuffer::getMemBuffer(llvm::StringRef(object.data(), object.size()), "goji-cached-program", false));
}

void Jit::captureObjects(std::string* out) {
  impl_->lljit->getObjTransformLayer().setTransform(
      [out](std::unique_ptr<llvm::MemoryBuffer> obj) -> llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> {
        out->append(obj->getBufferStart(), obj->getBufferSize());
        return obj;
      });
}

std::string Jit::dataLayout() const { return impl_->lljit->getDataLayout().getStringRepresentation(); }

std::string Jit::triple() const { return impl_->lljit->getTargetTriple().str(); }

llvm::Expected<void*> Jit::lookup(llvm::StringRef name) {
  auto sym = impl_->lljit->lookup(name);
  if (!sym) return sym.takeError();
  void* p = sym->toPtr<void*>();
  if (impl_->region.contains(p)) impl_->region.image().symbols.emplace_back(name.str(), impl_->region.offsetOf(p));
  return p;
}

const LinkedImage* Jit::image() {
  if (!runtimeSymbolsArePinned()) return nullptr;
  LinkedImage& img = impl_->region.image();
  img.anchor = imageAnchor();
  return &img;
}

}  // namespace goji
