// The standard library's Go sources, embedded at build time (stdlib/embed.cmake).
#pragma once

#include <cstddef>
#include <string_view>

namespace goji {

struct StdlibFile {
  const char* importPath;  // "fmt", "unicode/utf8"
  const char* name;        // "print.go"
  std::string_view text;
};

extern const StdlibFile kStdlibFiles[];
extern const size_t kStdlibFileCount;

}  // namespace goji
