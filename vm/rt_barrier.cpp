// Pointer stores made by the runtime itself: copies and clears of memory
// that holds pointers, and single pointer words written by natives. Each
// pointer word goes through goji_write_barrier while the barrier is on, as
// generated code's stores do, so that the collector sees every pointer the
// runtime moves (Go's typedmemmove and bulkBarrierPreWrite). With the
// barrier off they are plain memmove, memset and stores.
#include <cstring>

#include "vm/runtime.h"

namespace goji::rt {

namespace {

// Whether word w of an array of t (w counted from the array's start) holds a pointer.
bool pointerWord(const TypeDesc* t, uint64_t w) { return pointerAt(t, w % (t->size / 8)); }

}  // namespace

void typedmemmove(const TypeDesc* t, void* dst, const void* src, uint64_t n) {
  uint64_t bytes = t->size * n;
  if (bytes == 0 || dst == src) return;
  if (t->ptrdata == 0 || !barrierOn()) {
    // A map key or channel element of one or two words: loaded whole
    // before any store, in constant-size copies the compiler inlines.
    if (bytes == 8) {
      uint64_t w;
      std::memcpy(&w, src, 8);
      std::memcpy(dst, &w, 8);
      return;
    }
    if (bytes == 16) {
      uint64_t w[2];
      std::memcpy(w, src, 16);
      std::memcpy(dst, w, 16);
      return;
    }
    moveBytes(dst, src, bytes);
    return;
  }
  // A type holding pointers is word-aligned and a whole number of words.
  auto* d = static_cast<uint64_t*>(dst);
  const auto* s = static_cast<const uint64_t*>(src);
  auto move = [&](uint64_t w) {
    if (pointerWord(t, w)) {
      goji_write_barrier(reinterpret_cast<void**>(d + w), reinterpret_cast<void*>(s[w]));
    } else {
      d[w] = s[w];
    }
  };
  uint64_t words = bytes / 8;
  if (d < s) {
    for (uint64_t w = 0; w < words; w++) move(w);
  } else {
    for (uint64_t w = words; w-- > 0;) move(w);
  }
}

void typedmemclr(const TypeDesc* t, void* dst, uint64_t n) {
  uint64_t bytes = t->size * n;
  if (t->ptrdata == 0 || !barrierOn()) {
    std::memset(dst, 0, bytes);
    return;
  }
  auto* d = static_cast<uint64_t*>(dst);
  for (uint64_t w = 0; w < bytes / 8; w++) {
    if (pointerWord(t, w)) {
      goji_write_barrier(reinterpret_cast<void**>(d + w), nullptr);
    } else {
      d[w] = 0;
    }
  }
}

void writeString(String* slot, String s) {
  writePointer(const_cast<void**>(reinterpret_cast<const void**>(&slot->data)), const_cast<uint8_t*>(s.data));
  slot->len = s.len;
}

}  // namespace goji::rt
