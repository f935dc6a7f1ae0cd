// Code generation entry point: a checked program (main package and the
// packages it imports) → one LLVM module for goji's JIT.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "compiler/program.h"
#include "compiler/source.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace goji {

struct CodegenOptions {
  int optLevel = 0;
  std::string dataLayout;  // of the JIT's target
  std::string triple;
  // Whether the runtime implements the native of this symbol name.
  std::function<bool(const std::string&)> hasNative;
};

// A call site's source position (indexed by statepoint id).
struct SiteInfo {
  std::string function;  // as a traceback prints it: "main.f", "main.(*T).M"
  std::string file;
  int32_t line;
  int32_t col;
  bool wrapper = false;  // in a method wrapper, which recover and Caller look through
};

struct CodegenResult {
  std::unique_ptr<llvm::Module> module;
  std::vector<SiteInfo> sites;
  std::string entry;  // the function that initializes every package and runs main.main
  std::vector<Diagnostic> diagnostics;  // what the program uses that code generation does not support
};

CodegenResult generateProgram(Program& prog, Package* mainPkg, llvm::LLVMContext& ctx, const CodegenOptions& opts);

}  // namespace goji
