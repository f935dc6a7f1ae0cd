// moveBytes (vm/memmove.cpp) must behave exactly as memmove for every size,
// relative alignment and overlap: its block loop takes over from glibc for
// large moves out of 64-byte step, in both directions.
#include <catch2/catch.hpp>
#include <cstring>
#include <vector>

#include "vm/runtime.h"

namespace {

std::vector<uint8_t> pattern(size_t n) {
  std::vector<uint8_t> v(n);
  for (size_t i = 0; i < n; i++) v[i] = static_cast<uint8_t>(i * 7 + i / 251);
  return v;
}

}  // namespace

TEST_CASE("moveBytes matches memmove for overlapping and separate moves", "[memmove]") {
  const size_t sizes[] = {0, 1, 63, 64, 1023, 1024, 1025, 2048, 2400, 4800, 4801, 65536 + 17};
  for (size_t n : sizes) {
    for (ptrdiff_t shift : {-130, -72, -64, -16, -8, -1, 0, 1, 8, 16, 40, 64, 72, 130}) {
      size_t room = n + 512;
      std::vector<uint8_t> want = pattern(room), got = pattern(room);
      size_t from = 256;
      size_t to = static_cast<size_t>(static_cast<ptrdiff_t>(from) + shift);
      std::memmove(want.data() + to, want.data() + from, n);
      void* r = goji::rt::moveBytes(got.data() + to, got.data() + from, n);
      INFO("n=" << n << " shift=" << shift);
      REQUIRE(r == got.data() + to);
      REQUIRE(got == want);
    }
  }
  std::vector<uint8_t> src = pattern(5000), dst(5000 + 24), want(5000 + 24);
  for (size_t off = 0; off < 24; off++) {
    std::memcpy(want.data() + off, src.data(), 5000);
    goji::rt::moveBytes(dst.data() + off, src.data(), 5000);
    INFO("separate buffers, offset " << off);
    REQUIRE(std::memcmp(dst.data() + off, want.data() + off, 5000) == 0);
  }
}
