// Sizes, alignments and field offsets of Go types as Go's gc compiler lays
// them out on amd64: a port of cmd/compile/internal/noder/sizes.go (gcSizes,
// go/types' StdSizes with gc's differences), for goji's types. Results are
// memoized per type. Sizes saturate at kSizeOverflow rather than wrap: a type
// that large is a compile error (size_checks.cpp), never laid out.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "compiler/types.h"

namespace goji {

constexpr int64_t kPtrSize = 8;
constexpr int64_t kRegSize = 8;
constexpr int64_t kMaxWidth = int64_t{1} << 50;  // types.MaxWidth: the largest value amd64 allows
constexpr int64_t kSizeOverflow = int64_t{1} << 62;

// types.Rnd: o rounded up to a multiple of r (a power of two).
inline int64_t roundUp(int64_t o, int64_t r) { return (o + r - 1) & ~(r - 1); }

class Sizes {
 public:
  int64_t sizeOf(Type* t) { return layout(t).size; }
  int64_t alignOf(Type* t) { return layout(t).align; }
  // The offsets of a struct's fields (or a tuple's variables).
  std::vector<int64_t> offsetsOf(std::span<Var* const> fields);

 private:
  struct Layout {
    int64_t size, align;
  };
  Layout layout(Type* t);
  Layout compute(Type* t);
  Layout structLayout(std::span<Var* const> fields);

  std::unordered_map<const Type*, Layout> memo_;
};

}  // namespace goji
