// Slices: make, append's growth and copy (runtime/slice.go). Capacities
// follow Go 1.19's growth formula and size-class rounding exactly.
#include <cstring>

#include "gc/heap.h"
#include "gc/sizeclass.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

using namespace goji::rt;

namespace {

constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

}  // namespace

extern "C" {

// Allocates the backing array of make([]T, len, cap); the caller checked the bounds.
void* goji_makeslice(const TypeDesc* elem, int64_t cap) {
  GOJI_ANCHOR;
  return goji::gc::mallocgc(elem->size * static_cast<uint64_t>(cap), elem);
}

struct DataCap {
  void* data;
  int64_t cap;
};

// Grows a slice to hold at least newLen elements, copying the old ones;
// returns the new array and capacity, or a null array if the capacity
// would overflow (the caller panics).
DataCap goji_growslice(const TypeDesc* elem, void* data, int64_t len, int64_t oldCap, int64_t newLen) {
  GOJI_ANCHOR;
  if (newLen < oldCap) return DataCap{nullptr, 0};  // len + added overflowed: "growslice: cap out of range"
  if (elem->size == 0) {
    static uint64_t zerobase;
    return DataCap{&zerobase, newLen};
  }
  int64_t newcap = oldCap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    constexpr int64_t kThreshold = 256;
    if (oldCap < kThreshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * kThreshold) / 4;
      if (newcap <= 0) newcap = newLen;
    }
  }
  uint64_t size = elem->size;
  if (static_cast<uint64_t>(newcap) > kMaxAlloc / size) return DataCap{nullptr, 0};
  uint64_t capmem = goji::gc::roundUpSize(static_cast<uint64_t>(newcap) * size);
  if (capmem > kMaxAlloc) return DataCap{nullptr, 0};
  newcap = static_cast<int64_t>(capmem / size);
  void* p = goji::gc::mallocgc(capmem, elem);
  if (len > 0) goji::rt::typedmemmove(elem, p, data, static_cast<uint64_t>(len));
  return DataCap{p, newcap};
}

// copy(dst, src): moves min(dstLen, srcLen) elements, overlap allowed.
// Generated code copies pointer-free elements itself.
int64_t goji_slicecopy(void* dst, int64_t dstLen, const void* src, int64_t srcLen, const TypeDesc* elem) {
  int64_t n = dstLen < srcLen ? dstLen : srcLen;
  if (n > 0) goji::rt::typedmemmove(elem, dst, src, static_cast<uint64_t>(n));
  return n;
}

}  // extern "C"

GOJI_EXPORT(goji_growslice);
GOJI_EXPORT(goji_makeslice);
GOJI_EXPORT(goji_slicecopy);
