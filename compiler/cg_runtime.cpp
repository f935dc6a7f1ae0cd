// The runtime entry points generated code calls, and call emission: every
// call site gets a statepoint id recording its source position; calls of
// functions that can never reach a safepoint are marked gc-leaf so RS4GC
// leaves them alone.
#include "compiler/cg.h"
#include "llvm/Support/ModRef.h"
#include "vm/runtime.h"
#include "vm/stack.h"

namespace goji {

namespace {

struct RuntimeFn {
  const char* name;
  const char* sig;  // result then ':' then params: v void, b i1, c i8, w i32, i i64, f double, p ptr, g ptr addrspace(1)
  bool leaf;        // never reaches a safepoint (no allocation, no call back, no panic)
  bool noreturn;
};

const RuntimeFn kRuntime[] = {
    {"goji_alloc", "g:p", false, false},
    {"goji_alloc_size", "g:ip", false, false},
    {"goji_safepoint", "v:", false, false},
    {"goji_write_barrier", "v:gg", true, false},
    {"goji_print_lock", "v:", true, false},
    {"goji_print_unlock", "v:", true, false},
    {"goji_print_bool", "v:b", true, false},
    {"goji_print_int", "v:i", true, false},
    {"goji_print_uint", "v:i", true, false},
    {"goji_print_float", "v:f", true, false},
    {"goji_print_string", "v:gi", true, false},
    {"goji_print_pointer", "v:g", true, false},
    {"goji_print_slice", "v:gii", true, false},
    {"goji_print_iface", "v:pg", true, false},
    {"goji_print_sp", "v:", true, false},
    {"goji_print_nl", "v:", true, false},
    {"goji_concat2", "S:gigi", false, false},
    {"goji_concat3", "S:gigigi", false, false},
    {"goji_concat4", "S:gigigigi", false, false},
    {"goji_strcmp", "i:gigi", true, false},
    {"goji_streq", "b:gigi", true, false},
    {"goji_rune_to_string", "S:i", false, false},
    {"goji_bytes_to_string", "S:gi", false, false},
    {"goji_stackbytes_to_string", "S:pi", false, false},
    {"goji_string_to_bytes", "S:gi", false, false},
    {"goji_runes_to_string", "S:gi", false, false},
    {"goji_string_to_runes", "S:gip", false, false},
    {"goji_decoderune", "R:gii", true, false},
    {"goji_makeslice", "g:pi", false, false},
    {"goji_growslice", "S:pgiii", false, false},
    {"goji_slicecopy", "i:gigip", true, false},
    {"goji_itab", "p:pp", true, false},
    {"goji_panic_assert", "v:ppp", false, true},
    {"goji_efaceeq", "b:pgg", false, false},
    {"goji_equal", "b:pgg", false, false},
    {"goji_panic", "v:pg", false, true},
    {"goji_defer_link", "v:gi", true, false},
    {"goji_defer_recovered", "g:", false, false},
    {"goji_defer_push", "v:ggbp", false, false},
    {"goji_defer_return", "v:g", false, false},
    {"goji_recover", "I:p", true, false},
    {"goji_makemap", "g:pi", false, false},
    {"goji_makemap_static", "g:pggi", false, false},
    {"goji_mapaccess", "g:pgg", false, false},
    {"goji_mapaccess_slot", "g:pgp", false, false},
    {"goji_mapaccess_str", "g:pggi", false, false},
    {"goji_mapassign", "g:pgg", false, false},
    {"goji_mapassign_slot", "g:pgp", false, false},
    {"goji_mapassign_str", "g:pggi", false, false},
    {"goji_mapdelete", "v:pgg", false, false},
    {"goji_mapdelete_slot", "v:pgp", false, false},
    {"goji_mapdelete_str", "v:pggi", false, false},
    {"goji_mapclear", "v:pg", true, false},
    {"goji_mapiterinit", "g:pg", false, false},
    {"goji_mapiternext", "v:g", false, false},
    {"goji_makechan", "g:pi", false, false},
    {"goji_chansend", "v:gg", false, false},
    {"goji_chansend_slot", "v:gp", false, false},
    {"goji_chanrecv", "b:gg", false, false},
    {"goji_chanrecv_slot", "b:gp", false, false},
    {"goji_closechan", "v:g", false, false},
    {"goji_chanlen", "i:g", true, false},
    {"goji_chancap", "i:g", true, false},
    {"goji_selectgo", "i:piib", false, false},
    {"goji_block", "v:", false, true},
    {"goji_go", "v:g", false, false},
    {"goji_missing_native", "v:gi", false, true},
    {"goji_native_results", "p:", true, false},
    {"goji_setjmp", "w:g", true, false},
};

}  // namespace

llvm::FunctionCallee CodeGen::rt(const char* name) {
  for (const RuntimeFn& f : kRuntime) {
    if (std::strcmp(f.name, name) != 0) continue;
    if (llvm::Function* fn = mod->getFunction(name)) return fn;
    auto code = [&](char c) -> llvm::Type* {
      switch (c) {
        case 'v': return b.getVoidTy();
        case 'b': return i1;
        case 'c': return i8;
        case 'w': return i32;
        case 'i': return i64;
        case 'f': return b.getDoubleTy();
        case 'p': return rawPtr;
        case 'g': return gcPtr;
        case 'S': return llvm::StructType::get(ctx, {gcPtr, i64});
        case 'I': return llvm::StructType::get(ctx, {rawPtr, gcPtr});
        case 'R': return llvm::StructType::get(ctx, {i64, i64});
        default: return i64;
      }
    };
    std::string sig = f.sig;
    size_t colon = sig.find(':');
    std::vector<llvm::Type*> params;
    for (char c : sig.substr(colon + 1)) params.push_back(code(c));
    auto* ft = llvm::FunctionType::get(code(sig[0]), params, false);
    auto* fn = llvm::Function::Create(ft, llvm::GlobalValue::ExternalLinkage, name, *mod);
    // C++ reads a bool argument as a whole byte: pass i1 zero-extended.
    for (unsigned i = 0; i < params.size(); i++) {
      if (params[i] == i1) fn->addParamAttr(i, llvm::Attribute::ZExt);
    }
    if (f.leaf) fn->addFnAttr("gc-leaf-function");
    if (f.noreturn) fn->addFnAttr(llvm::Attribute::NoReturn);
    if (std::strcmp(name, "goji_safepoint") == 0) {
      // A safepoint changes no memory the program can see: the collector
      // does not move objects, and another goroutine's unsynchronized writes
      // need not become visible there (Go's compiler treats preemption the
      // same way). So loads and stores may move across polls.
      fn->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly());
      fn->addFnAttr(llvm::Attribute::NoUnwind);
    }
    if (std::strcmp(name, "goji_setjmp") == 0) {
      fn->addFnAttr(llvm::Attribute::ReturnsTwice);
      fn->addFnAttr(llvm::Attribute::NoUnwind);
    }
    return fn;
  }
  llvm::report_fatal_error(llvm::Twine("goji: unknown runtime function ") + name);
}

uint64_t CodeGen::sitePos(Pos pos) {
  sites.push_back(pos);
  siteFuncs.push_back(fs ? fs->name : "");
  siteWrappers.push_back(fs && fs->wrapper);
  return sites.size() - 1;
}

llvm::CallInst* CodeGen::call(llvm::FunctionCallee f, llvm::ArrayRef<llvm::Value*> args, Pos pos) {
  llvm::CallInst* c = b.CreateCall(f, args);
  auto* fn = llvm::dyn_cast<llvm::Function>(f.getCallee());
  bool leaf = fn && fn->hasFnAttribute("gc-leaf-function");
  if (!leaf) {
    if (!pos.known() && fs && fs->fn) pos = currentPos;
    c->addFnAttr(llvm::Attribute::get(ctx, "statepoint-id", std::to_string(sitePos(pos))));
  }
  if (fn && fn->hasFnAttribute(llvm::Attribute::NoReturn)) c->setDoesNotReturn();
  return c;
}

llvm::BranchInst* CodeGen::safepointPoll(Pos pos, bool entry) {
  // vm/runtime.h: goji_poll_limit.
  llvm::LoadInst* limit = b.CreateLoad(i64, mod->getOrInsertGlobal("goji_poll_limit", i64));
  limit->setAtomic(llvm::AtomicOrdering::Monotonic);
  limit->setAlignment(llvm::Align(8));
  llvm::Value* slow;
  if (entry) {
    llvm::Value* frame = b.CreatePtrToInt(b.CreateIntrinsic(llvm::Intrinsic::frameaddress, {rawPtr}, {b.getInt32(0)}), i64);
    slow = b.CreateICmpULT(b.CreateAnd(frame, b.getInt64(rt::kStackSlot - 1)), limit);
  } else {
    slow = b.CreateICmpEQ(limit, b.getInt64(rt::kPollAll));
  }
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  llvm::BasicBlock* poll = llvm::BasicBlock::Create(ctx, "poll", fn);
  llvm::BasicBlock* cont = llvm::BasicBlock::Create(ctx, "cont", fn);
  llvm::MDBuilder md(ctx);
  llvm::BranchInst* br = b.CreateCondBr(slow, poll, cont, md.createBranchWeights(1, 2000));
  b.SetInsertPoint(poll);
  call(rt("goji_safepoint"), {}, pos);
  b.CreateBr(cont);
  b.SetInsertPoint(cont);
  return br;
}

}  // namespace goji
