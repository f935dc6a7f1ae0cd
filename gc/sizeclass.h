// Go 1.19's size classes (runtime/sizeclasses.go): the sizes small objects
// are rounded up to. goji uses the same table so that cap() after append
// reports what Go reports, and (with the collector) so spans pack like Go's.
#pragma once

#include <cstdint>

namespace goji::gc {

constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kPageShift = 13;
constexpr uint64_t kPageSize = uint64_t{1} << kPageShift;
constexpr int kNumSizeClasses = 68;

namespace detail {
extern const uint8_t kSizeToClass8[];  // by (size + 7) / 8, for size <= 1016
uint8_t sizeToClassLarge(uint64_t size);  // for 1016 < size <= kMaxSmallSize
}  // namespace detail

// The size class of a small allocation (size <= kMaxSmallSize), its
// object size, and the pages a span of that class takes.
inline uint8_t sizeToClass(uint64_t size) {
  return size <= 1016 ? detail::kSizeToClass8[(size + 7) / 8] : detail::sizeToClassLarge(size);
}
uint64_t classToSize(uint8_t sizeclass);
uint64_t classToNPages(uint8_t sizeclass);

// The size an allocation of `size` bytes really gets (runtime.roundupsize).
uint64_t roundUpSize(uint64_t size);

// The byte size of the backing array Go allocates for a slice of n bytes of
// elements of elemSize: roundUpSize(n), trimmed to a whole number of elements.
inline uint64_t roundUpSizeForSlice(uint64_t bytes, uint64_t elemSize) {
  uint64_t r = roundUpSize(bytes);
  return elemSize ? r / elemSize * elemSize : r;
}

}  // namespace goji::gc
