// The front end's entry points: source files in, a checked Program (or
// diagnostics) out. Phases: parse (with branch checks) → subset check →
// type check against the embedded standard library. The whole pipeline runs
// on a thread with a large stack so that deeply nested input cannot overflow
// it (see kMaxNesting in parser.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/program.h"
#include "compiler/source.h"

namespace goji {

struct File;

struct SourceInput {
  std::string name;
  std::string text;
};

struct FrontendOptions {
  int errorLimit = 10;              // 0: report every error (-e)
  bool checkStdlibBodies = false;   // type-check function bodies of imported packages too
  bool requireMain = true;          // package main must declare func main
  bool loadRuntime = false;         // load package runtime (code generation calls into it)
};

struct CheckResult {
  std::unique_ptr<Program> program;
  Package* pkg = nullptr;  // the checked package, if parsing succeeded
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return diagnostics.empty(); }
};

// Parses and type-checks the inputs as one package.
CheckResult checkProgram(std::vector<SourceInput> inputs, const FrontendOptions& opts);

// Type-checks one standard library package, bodies included (for tests).
CheckResult checkStdlibPackage(const std::string& importPath, const FrontendOptions& opts);

// Import paths of every package in the embedded standard library.
std::vector<std::string> stdlibPackages();

// The subset check (subset.cpp).
void checkSubset(File* file, DiagnosticSink& diags);

// Runs f on a thread with a stack large enough for kMaxNesting.
void runOnLargeStack(const std::function<void()>& f);

}  // namespace goji
