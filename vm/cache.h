// The compiled-program cache. `goji run` keys a program by its source text,
// its file name (tracebacks print it), the optimization level, the host CPU
// (code uses its features) and the goji executable itself; a hit skips the
// front end, code generation and LLVM entirely. An entry holds the object file and, when the JIT's image of it
// can be mapped again (image.h), that image as it was after linking: a hit
// maps the image at its address and runs it without LLVM, or, if the address
// is taken, links the object again. Only programs that compiled are cached,
// so a hit cannot hide a compile error.
//
// Where: $GOJICACHE, else $XDG_CACHE_HOME/goji, else $HOME/.cache/goji;
// GOJICACHE=off disables it. Entries are written to a temporary file and
// renamed into place, so concurrent runs never see a partial entry.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/codegen.h"
#include "vm/image.h"

namespace goji {

struct CompiledProgram {
  std::string_view object;  // the ELF object the JIT links (a loaded entry is mapped for good)
  std::vector<SiteInfo> sites;
  std::string entry;
  LinkedImage image;  // base 0: none
  // Storing: the image's bytes in memory. Loading: whether the image is mapped.
  const uint8_t* imageBytes = nullptr;
  bool imageMapped = false;
};

// The cache key of a program, or "" if the cache is off.
std::string programCacheKey(const std::string& fileName, const std::string& source, int optLevel);

std::optional<CompiledProgram> loadCachedProgram(const std::string& key);
void storeCachedProgram(const std::string& key, const CompiledProgram& p);

}  // namespace goji
