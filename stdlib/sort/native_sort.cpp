// The natives of package sort: the length and the element swap of a slice
// of any type, which sort.Slice needs (reflectlite.Swapper in Go).
#include "vm/native.h"

namespace goji::native {

namespace {

const rt::Slice* slice(const rt::TypeDesc* t, void* data, const char* method) {
  if (!t || t->kind != rt::Kind::Slice) {
    rt::fatal(std::string("reflect: call of ") + method + " on " + (t ? t->str : "zero") + " Value");
  }
  return static_cast<const rt::Slice*>(data);
}

int64_t sliceLen(Ctx, const rt::TypeDesc* t, void* data) { return slice(t, data, "Swapper")->len; }

void sliceSwap(Ctx, const rt::TypeDesc* t, void* data, int64_t i, int64_t j) {
  const rt::Slice* s = slice(t, data, "Swapper");
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s->len)) {
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

}  // namespace goji::native
