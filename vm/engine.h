// The engine: a checked program in, its run out. Generates the module,
// hands it to the JIT, registers what the runtime needs to know about it
// (call-site positions, global roots, static data, the Go functions the C++
// runtime raises errors through) and runs goji.main on the main goroutine's
// stack. See README.md for the compilation trade-offs.
#pragma once

#include <string>
#include <vector>

#include "compiler/program.h"

namespace goji {

struct RunOptions {
  int optLevel = 0;
  bool emitLLVM = false;           // print the module instead of running it
  std::vector<std::string> args;   // os.Args
  std::string cacheKey;            // store the compiled program under this key (vm/cache.h)
};

struct CompiledProgram;

// Compiles and runs the program; returns the process exit status (a program
// that calls os.Exit or panics never returns here).
int runProgram(Program& prog, Package* mainPkg, const RunOptions& opts);

// Runs a program compiled earlier (a cache hit); never returns.
[[noreturn]] void runCompiledProgram(const CompiledProgram& prog, const RunOptions& opts);

}  // namespace goji
