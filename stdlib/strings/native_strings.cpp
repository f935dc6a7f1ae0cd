// The natives of package strings: Builder.String's view of the builder's
// bytes as a string, which Go's builder.go makes with unsafe, and the byte
// searches Go writes in assembly (internal/bytealg), here memchr and a loop
// the C++ compiler vectorizes. bufio's indexByte is the same search.
#include <cstring>

#include "vm/native.h"

namespace goji::native {

namespace {

// A Builder only appends, so the bytes a string shares are never written
// again.
String builderString(Ctx, Bytes data, int64_t len, int64_t) { return String{data, len}; }

int64_t indexByte(Ctx, Bytes data, int64_t len, uint8_t c) {
  if (len <= 0) return -1;
  const void* at = std::memchr(data, c, static_cast<size_t>(len));
  return at ? static_cast<const uint8_t*>(at) - data : -1;
}

int64_t indexByteInSlice(Ctx, Bytes data, int64_t len, int64_t, uint8_t c) { return indexByte(nullptr, data, len, c); }

int64_t countByte(Ctx, Bytes data, int64_t len, uint8_t c) {
  int64_t n = 0;
  for (int64_t i = 0; i < len; i++) n += data[i] == c;
  return n;
}

}  // namespace

GOJI_NATIVE("strings.builderString", builderString);
GOJI_NATIVE("strings.indexByteString", indexByte);
GOJI_NATIVE("strings.countString", countByte);
GOJI_NATIVE("bufio.indexByte", indexByteInSlice);

}  // namespace goji::native
