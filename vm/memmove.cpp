// moveBytes: the runtime's memmove, which generated code reaches through
// the memmove and memcpy symbols (rt_core.cpp) and typedmemmove calls.
//
// glibc moves 2 KiB and more with rep movsb, and on AMD Zen that runs an
// order of magnitude slower when destination and source are not 64-byte
// aligned to each other: copy(dst[1:], src[:600]) of ints took 36 times
// Go's time. Such moves take a loop of 16-byte loads and aligned stores
// instead, each 64-byte block loaded whole before it is stored, so that
// overlapping moves in either direction are exact; a move in step with its
// source, or a short one, stays with glibc.
#include <emmintrin.h>

#include <cstdint>
#include <cstring>

#include "vm/runtime.h"

namespace goji::rt {

namespace {

constexpr size_t kBlock = 64;
constexpr size_t kRepMovsbMin = 1024;

// Loads 64 bytes at s, then stores them at d, which is 16-byte aligned.
inline void moveBlock(uint8_t* d, const uint8_t* s) {
  __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 16));
  __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 32));
  __m128i e = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 48));
  _mm_store_si128(reinterpret_cast<__m128i*>(d), a);
  _mm_store_si128(reinterpret_cast<__m128i*>(d + 16), b);
  _mm_store_si128(reinterpret_cast<__m128i*>(d + 32), c);
  _mm_store_si128(reinterpret_cast<__m128i*>(d + 48), e);
}

}  // namespace

void* moveBytes(void* dst, const void* src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  uintptr_t distance = reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s);
  if (n < kRepMovsbMin || distance % kBlock == 0) return std::memmove(dst, src, n);
  // The part before d's first 16-byte boundary (forwards) or after its
  // last (backwards) goes first, so that every block stores aligned.
  if (distance >= n) {  // below the source, or not overlapping it: forwards
    size_t i = (16 - reinterpret_cast<uintptr_t>(d) % 16) % 16;
    std::memmove(d, s, i);
    for (; i + kBlock <= n; i += kBlock) moveBlock(d + i, s + i);
    std::memmove(d + i, s + i, n - i);
  } else {
    size_t i = n - reinterpret_cast<uintptr_t>(d + n) % 16;
    std::memmove(d + i, s + i, n - i);
    for (; i >= kBlock; i -= kBlock) moveBlock(d + i - kBlock, s + i - kBlock);
    std::memmove(d, s, i);
  }
  return dst;
}

}  // namespace goji::rt
