// The natives of package sort: the length and the element swap of a slice
// of any type, which sort.Slice needs (reflectlite.Swapper in Go), and the
// kind and length of any value, for reflect's errors and SliceIsSorted.
#include "vm/chan.h"
#include "vm/native.h"

extern "C" int64_t goji_chanlen(goji::rt::Hchan* c);  // vm/chan.cpp

namespace goji::native {

namespace {

const rt::Slice* slice(const rt::TypeDesc* t, void* data, const char* method) {
  if (!t || t->kind != rt::Kind::Slice) {
    rt::fatal(std::string("reflect: call of ") + method + " on " + (t ? t->str : "zero") + " Value");
  }
  return static_cast<const rt::Slice*>(data);
}

int64_t sliceLen(Ctx, const rt::TypeDesc* t, void* data) { return slice(t, data, "Swapper")->len; }

int64_t kindOf(Ctx, const rt::TypeDesc* t, void*) { return t ? static_cast<int64_t>(t->kind) : 0; }

int64_t valueLen(Ctx, const rt::TypeDesc* t, void* data) {
  if (!t) return -1;
  switch (t->kind) {
    case rt::Kind::Slice: return static_cast<const rt::Slice*>(data)->len;
    case rt::Kind::String: return static_cast<const rt::String*>(data)->len;
    case rt::Kind::Array: return static_cast<int64_t>(t->len);
    // Maps and chans are pointer-shaped: an interface's data word is the map
    // header (whose first word is its count) or the Hchan itself.
    case rt::Kind::Map: return data ? *static_cast<const int64_t*>(data) : 0;
    case rt::Kind::Chan: return goji_chanlen(static_cast<rt::Hchan*>(data));
    default: return -1;
  }
}

void sliceSwap(Ctx, const rt::TypeDesc* t, void* data, int64_t i, int64_t j) {
  const rt::Slice* s = slice(t, data, "Swapper");
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len)) {
    // Go panics (recoverably) with this string; reachable only through a
    // less/swap misuse, so a fatal error is an acceptable approximation.
    rt::fatal("reflect: slice index out of range");
  }
  uint64_t size = t->elem->size;
  auto* a = static_cast<uint8_t*>(s->data) + static_cast<uint64_t>(i) * size;
  auto* b = static_cast<uint8_t*>(s->data) + static_cast<uint64_t>(j) * size;
  uint8_t tmp[256];
  if (t->elem->ptrdata) {  // through the write barrier: a temporary of the whole element
    std::vector<uint8_t> big(size > sizeof tmp ? size : 0);
    uint8_t* saved = big.empty() ? tmp : big.data();
    std::memcpy(saved, a, size);
    rt::typedmemmove(t->elem, a, b);
    rt::typedmemmove(t->elem, b, saved);
    return;
  }
  for (uint64_t off = 0; off < size; off += sizeof tmp) {
    uint64_t n = std::min<uint64_t>(sizeof tmp, size - off);
    std::memcpy(tmp, a + off, n);
    std::memmove(a + off, b + off, n);
    std::memcpy(b + off, tmp, n);
  }
}

}  // namespace

GOJI_NATIVE("sort.sliceLen", sliceLen);
GOJI_NATIVE("sort.sliceSwap", sliceSwap);
GOJI_NATIVE("sort.kindOf", kindOf);
GOJI_NATIVE("sort.valueLen", valueLen);

}  // namespace goji::native
