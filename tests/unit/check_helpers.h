// Helpers for front-end tests: check a program given as text.
#pragma once

#include <string>
#include <vector>

#include "compiler/frontend.h"

namespace goji::test {

// Checks src as main.go; returns the diagnostics as "line:col: message".
inline std::vector<std::string> check(const std::string& src, int limit = 0) {
  FrontendOptions opts;
  opts.errorLimit = limit;
  CheckResult r = checkProgram({SourceInput{"main.go", src}}, opts);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg);
  }
  return out;
}

// Checks src as main.go; returns the diagnostics as goji prints them
// ("file:line:col: message", as line directives make them).
inline std::vector<std::string> checkPrinted(const std::string& src) {
  FrontendOptions opts;
  opts.errorLimit = 0;
  CheckResult r = checkProgram({SourceInput{"main.go", src}}, opts);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(r.program->files.format(d.pos) + ": " + d.msg);
  return out;
}

}  // namespace goji::test
