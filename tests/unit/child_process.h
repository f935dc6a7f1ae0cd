// Running a goji program in a test: a program ends by exiting, so it runs in
// a child process that reports back through a pipe.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <string>

#include "compiler/frontend.h"
#include "in_child.h"
#include "vm/engine.h"

namespace goji::test {

// Checks and runs the program src (as file name) in this process, caching
// it under cacheKey if given; exits 3 if it does not check.
[[noreturn]] inline void checkAndRun(const std::string& name, const std::string& src, int optLevel,
                                     const std::string& cacheKey = "") {
  FrontendOptions fopts;
  fopts.checkStdlibBodies = true;
  fopts.loadRuntime = true;
  CheckResult r = checkProgram({SourceInput{name, src}}, fopts);
  if (!r.ok()) ::_exit(3);
  RunOptions ropts;
  ropts.optLevel = optLevel;
  ropts.args = {name};
  ropts.cacheKey = cacheKey;
  ::_exit(runProgram(*r.program, r.pkg, ropts));
}

}  // namespace goji::test
