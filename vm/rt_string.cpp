// Strings: concatenation, comparison and conversions (runtime/string.go).
#include <cstring>

#include "compiler/unicode.h"
#include "gc/heap.h"
#include "gc/sizeclass.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

using namespace goji::rt;
namespace unicode = goji::unicode;

namespace {

uint8_t* rawbytes(int64_t n) { return static_cast<uint8_t*>(goji::gc::mallocgc(static_cast<uint64_t>(n), nullptr)); }

// The one-byte strings, shared as Go's slicebytetostring shares
// staticuint64s: string(b[i:i+1]) and string(rune) below 0x80 allocate
// nothing. Static data, so gcverifyroots accepts pointers into it.
const uint8_t* oneByteString(uint8_t c) {
  static const uint8_t* const table = [] {
    static uint8_t bytes[256];
    for (int i = 0; i < 256; i++) bytes[i] = static_cast<uint8_t>(i);
    goji::rt::registerStaticData(bytes, sizeof bytes);
    return bytes;
  }();
  return table + c;
}

}  // namespace

extern "C" {

// Concatenation of two to four strings (longer chains are split by the
// code generator). A single non-empty operand is shared, not copied.
static String concat(std::initializer_list<String> parts) {
  int64_t total = 0, nonEmpty = 0;
  String only{nullptr, 0};
  for (const String& p : parts) {
    total += p.len;
    if (p.len > 0) {
      nonEmpty++;
      only = p;
    }
  }
  if (nonEmpty <= 1) return only;
  uint8_t* out = rawbytes(total);
  int64_t off = 0;
  for (const String& p : parts) {
    if (p.len) std::memcpy(out + off, p.data, p.len);
    off += p.len;
  }
  return String{out, total};
}

String goji_concat2(const uint8_t* a, int64_t an, const uint8_t* b, int64_t bn) {
  GOJI_ANCHOR;
  return concat({String{a, an}, String{b, bn}});
}

String goji_concat3(const uint8_t* a, int64_t an, const uint8_t* b, int64_t bn, const uint8_t* c, int64_t cn) {
  GOJI_ANCHOR;
  return concat({String{a, an}, String{b, bn}, String{c, cn}});
}

String goji_concat4(const uint8_t* a, int64_t an, const uint8_t* b, int64_t bn, const uint8_t* c, int64_t cn,
                    const uint8_t* d, int64_t dn) {
  GOJI_ANCHOR;
  return concat({String{a, an}, String{b, bn}, String{c, cn}, String{d, dn}});
}

// Short strings (sort keys, map keys) compare by words rather than a call
// of memcmp: the first differing word, byte-swapped, orders them.
int64_t goji_strcmp(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  if (n > 64) {
    int c = std::memcmp(a, b, static_cast<size_t>(n));
    if (c != 0) return c < 0 ? -1 : 1;
  } else {
    for (; n >= 8; a += 8, b += 8, n -= 8) {
      uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
    }
    uint64_t x = loadShort(a, static_cast<uint64_t>(n)), y = loadShort(b, static_cast<uint64_t>(n));
    if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

bool goji_streq(const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  return alen == blen && (a == b || alen == 0 || std::memcmp(a, b, alen) == 0);
}

// string(rune)
String goji_rune_to_string(int64_t r) {
  if (r >= 0 && r < 0x80) return String{oneByteString(static_cast<uint8_t>(r)), 1};
  GOJI_ANCHOR;
  std::string s;
  unicode::appendRune(s, r < 0 || r > unicode::kMaxRune ? unicode::kRuneError : static_cast<int32_t>(r));
  uint8_t* p = rawbytes(static_cast<int64_t>(s.size()));
  std::memcpy(p, s.data(), s.size());
  return String{p, static_cast<int64_t>(s.size())};
}

// string([]byte)
String goji_bytes_to_string(const uint8_t* data, int64_t len) {
  if (len == 1) return String{oneByteString(data[0]), 1};
  GOJI_ANCHOR;
  if (len == 0) return String{nullptr, 0};
  uint8_t* p = rawbytes(len);
  std::memcpy(p, data, len);
  return String{p, len};
}

// string(a[i:j]) of a byte array on the stack (the escape analysis keeps
// such arrays off the heap): the same copy, from a pointer the collector
// never sees.
String goji_stackbytes_to_string(const uint8_t* data, int64_t len) { return goji_bytes_to_string(data, len); }

// []byte(string): the new array and its capacity (the length is len).
struct DataCap {
  void* data;
  int64_t n;
};
DataCap goji_string_to_bytes(const uint8_t* data, int64_t len) {
  GOJI_ANCHOR;
  // Capacity as Go's rawbyteslice gives it (an escaping result).
  uint64_t cap = goji::gc::roundUpSize(static_cast<uint64_t>(len));
  uint8_t* p = rawbytes(static_cast<int64_t>(cap));
  if (len) std::memcpy(p, data, len);
  return DataCap{p, static_cast<int64_t>(cap)};
}

// string([]rune)
String goji_runes_to_string(const int32_t* data, int64_t len) {
  GOJI_ANCHOR;
  std::string s;
  for (int64_t i = 0; i < len; i++) unicode::appendRune(s, data[i]);
  if (s.empty()) return String{nullptr, 0};
  uint8_t* p = rawbytes(static_cast<int64_t>(s.size()));
  std::memcpy(p, s.data(), s.size());
  return String{p, static_cast<int64_t>(s.size())};
}

// []rune(string): the new array and its length; the capacity goes to *cap.
DataCap goji_string_to_runes(const uint8_t* data, int64_t len, int64_t* cap) {
  GOJI_ANCHOR;
  std::string_view s(reinterpret_cast<const char*>(data), len);
  int64_t n = 0;
  for (std::string_view t = s; !t.empty(); n++) t.remove_prefix(unicode::decodeRune(t).width);
  uint64_t bytes = goji::gc::roundUpSizeForSlice(n * 4, 4);
  auto* p = static_cast<int32_t*>(goji::gc::mallocgc(bytes, nullptr));
  int64_t i = 0;
  for (std::string_view t = s; !t.empty(); i++) {
    unicode::Decoded d = unicode::decodeRune(t);
    p[i] = d.rune;
    t.remove_prefix(d.width);
  }
  *cap = static_cast<int64_t>(bytes / 4);
  return DataCap{p, n};
}

// for i, r := range s: the rune at s[k] and the index after it.
struct RuneNext {
  int64_t rune;
  int64_t next;
};
RuneNext goji_decoderune(const uint8_t* data, int64_t len, int64_t k) {
  unicode::Decoded d = unicode::decodeRune(std::string_view(reinterpret_cast<const char*>(data) + k, len - k));
  return RuneNext{d.rune, k + d.width};
}

}  // extern "C"

GOJI_EXPORT(goji_bytes_to_string);
GOJI_EXPORT(goji_stackbytes_to_string);
GOJI_EXPORT(goji_concat2);
GOJI_EXPORT(goji_concat3);
GOJI_EXPORT(goji_concat4);
GOJI_EXPORT(goji_decoderune);
GOJI_EXPORT(goji_rune_to_string);
GOJI_EXPORT(goji_runes_to_string);
GOJI_EXPORT(goji_strcmp);
GOJI_EXPORT(goji_streq);
GOJI_EXPORT(goji_string_to_bytes);
GOJI_EXPORT(goji_string_to_runes);
