// libFuzzer target for the whole front end: any bytes given as main.go must
// produce diagnostics or success — never a crash, a sanitizer report or a hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/frontend.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  goji::SourceInput in{"main.go", std::string(reinterpret_cast<const char*>(data), size)};
  goji::FrontendOptions opts;
  goji::CheckResult r = goji::checkProgram({in}, opts);
  (void)r;
  return 0;
}
