// The JIT: LLVM's ORC LLJIT with goji's IR pipeline and stack map capture.
//
// Every module added goes through, in order:
//   1. promotion (-O0: mem2reg + SROA) or the standard -O1/-O2 pipeline;
//   2. the GC check: no alloca may still hold a GC pointer (a compiler bug);
//   3. RewriteStatepointsForGC: calls become statepoints with stack maps;
//   4. machine code generation (fast instruction selection at -O0);
// then RuntimeDyld links the object into the JIT's region (jit_memory.h) and
// the listener registers its .llvm_stackmaps section with rt::stackMaps().
// Runtime entry points (vm/runtime.h) are absolute symbols of the main dylib.
#pragma once

#include <memory>
#include <string>

#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/IR/Module.h"
#include "vm/image.h"

namespace goji {

struct JitOptions {
  int optLevel = 0;  // 0, 1 or 2
};

class Jit {
 public:
  static llvm::Expected<std::unique_ptr<Jit>> create(const JitOptions& opts);
  ~Jit();

  llvm::Error addModule(std::unique_ptr<llvm::Module> m, std::unique_ptr<llvm::LLVMContext> ctx);
  // Adds an object file compiled by an earlier run (vm/cache.h).
  llvm::Error addObject(std::string_view object);
  // Appends every object file the JIT compiles from now on to *out.
  void captureObjects(std::string* out);
  llvm::Expected<void*> lookup(llvm::StringRef name);
  // What the JIT linked so far, with the symbols looked up, for the program
  // cache; nullptr if it could not be mapped again by a later process.
  const LinkedImage* image();
  std::string dataLayout() const;
  std::string triple() const;

  // Runs the IR pipeline of step 1–3 on m (also used by -emit-llvm).
  static llvm::Error optimize(llvm::Module& m, int optLevel);

 private:
  Jit() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace goji
