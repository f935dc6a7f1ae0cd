// goji_strcmp and loadShort read strings by whole words. They must order
// strings as memcmp does, and a string's last bytes at the end of a mapped
// page must not make them read the next, unmapped one.
#include <catch2/catch.hpp>
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <random>
#include <string>

#include "vm/runtime.h"

extern "C" int64_t goji_strcmp(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);

namespace {

int64_t expected(const std::string& a, const std::string& b) {
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// A page followed by an inaccessible one: bytes placed at its end are the
// last readable ones.
struct PageEnd {
  uint8_t* page;
  size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  PageEnd() {
    page = static_cast<uint8_t*>(mmap(nullptr, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    mprotect(page + size, size, PROT_NONE);
  }
  ~PageEnd() { munmap(page, 2 * size); }
  const uint8_t* place(const std::string& s, size_t slot) {
    uint8_t* p = page + size - 128 * slot - s.size();
    std::memcpy(p, s.data(), s.size());
    return p;
  }
};

}  // namespace

TEST_CASE("goji_strcmp orders strings as memcmp then length do", "[strings]") {
  std::mt19937 rng(7);
  PageEnd at;
  for (int i = 0; i < 200000; i++) {
    auto randomString = [&](size_t n) {
      std::string s(n, '\0');
      for (char& c : s) c = static_cast<char>("ab\x7f\x80\xff"[rng() % 5]);
      return s;
    };
    std::string a = randomString(rng() % 80), b = randomString(rng() % 80);
    if (rng() % 3 == 0) b = a.substr(0, rng() % (a.size() + 1)) + b.substr(0, rng() % 3);
    INFO("a=" << a.size() << " bytes, b=" << b.size() << " bytes");
    const uint8_t* pa = at.place(a, 0);
    const uint8_t* pb = at.place(b, 1 + rng() % 8);
    REQUIRE(goji_strcmp(pa, int64_t(a.size()), pb, int64_t(b.size())) == expected(a, b));
    REQUIRE(goji_strcmp(pb, int64_t(b.size()), pa, int64_t(a.size())) == expected(b, a));
  }
}

TEST_CASE("loadShort reads exactly n bytes, also at a page's end", "[strings]") {
  PageEnd at;
  const std::string bytes = "\x01\x02\x03\x04\x05\x06\x07";
  for (size_t n = 0; n < 8; n++) {
    for (size_t slot : {0, 1}) {
      const uint8_t* p = at.place(bytes.substr(0, n), slot);
      uint64_t want = 0;
      std::memcpy(&want, p, n);
      INFO("n=" << n << " slot=" << slot);
      REQUIRE(goji::rt::loadShort(p, n) == want);
    }
  }
}
