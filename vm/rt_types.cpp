#include "vm/rt_types.h"

#include <cstddef>
#include <map>
#include <mutex>
#include <vector>

namespace goji::rt {

namespace {

// Marks t's pointer words in words, t being at byte offset off.
void markType(const TypeDesc* t, uint64_t off, std::vector<bool>& words) {
  for (uint64_t w = 0; w * 8 < t->ptrdata; w++) {
    if (pointerAt(t, w)) words[off / 8 + w] = true;
  }
}

const TypeDesc* makeType(const char* name, uint64_t size, const std::vector<bool>& words) {
  uint64_t ptrdata = 0;
  for (size_t w = 0; w < words.size(); w++) {
    if (words[w]) ptrdata = (w + 1) * 8;
  }
  uint8_t* mask = nullptr;
  if (ptrdata) {
    mask = new uint8_t[(ptrdata / 8 + 7) / 8]();
    for (size_t w = 0; w < ptrdata / 8; w++) {
      if (words[w]) mask[w / 8] |= static_cast<uint8_t>(1u << (w % 8));
    }
  }
  return new TypeDesc{size, ptrdata, mask, name, nullptr, nullptr, nullptr, nullptr, 0, 0, 0, Kind::Struct, 8, 0, {}};
}

}  // namespace

const TypeDesc* runtimeType(const char* name, uint64_t size, std::initializer_list<uint64_t> pointerOffsets) {
  std::vector<bool> words((size + 7) / 8);
  for (uint64_t off : pointerOffsets) words[off / 8] = true;
  return makeType(name, size, words);
}

const TypeDesc* pointerWordType() {
  static const TypeDesc* t = runtimeType("unsafe.Pointer", 8, {0});
  return t;
}

const TypeDesc* mapSlotType(const TypeDesc* mapType, uint64_t elemOff, uint64_t size) {
  static std::mutex mu;
  static std::map<const TypeDesc*, const TypeDesc*> cache;
  std::lock_guard<std::mutex> lock(mu);
  const TypeDesc*& t = cache[mapType];
  if (!t) {
    std::vector<bool> words((size + 7) / 8);
    markType(mapType->key, 0, words);
    markType(mapType->elem, elemOff, words);
    t = makeType("runtime.mapslot", size, words);
  }
  return t;
}

}  // namespace goji::rt
