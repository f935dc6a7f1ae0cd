// Descriptors of the runtime's own heap objects: their pointer masks must
// mark exactly the words that hold pointers.
#include <catch2/catch.hpp>
#include <cstddef>
#include <vector>

#include "vm/rt_types.h"

namespace {

using goji::rt::TypeDesc;

std::vector<bool> pointerWords(const TypeDesc* t) {
  std::vector<bool> words(t->size / 8);
  for (uint64_t w = 0; w * 8 < t->ptrdata; w++) words[w] = t->gcmask[w / 8] >> (w % 8) & 1;
  return words;
}

const uint8_t kOne[] = {1};
const uint8_t kSecond[] = {2};
const TypeDesc kString{16, 8, kOne, "string", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                       goji::rt::Kind::String, 8, 0, {}};
const TypeDesc kInt{8, 0, nullptr, "int", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                    goji::rt::Kind::Int, 8, 0, {}};
// struct{ n int; p *int }
const TypeDesc kPair{16, 16, kSecond, "main.pair", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                     goji::rt::Kind::Struct, 8, 0, {}};

}  // namespace

TEST_CASE("a map slot descriptor marks the key's and the element's pointers", "[rt_types]") {
  TypeDesc stringToPair{8, 8, kOne, "map[string]main.pair", &kPair, &kString, nullptr, nullptr, 0, 0, 0,
                        goji::rt::Kind::Map, 8, 0, {}};
  const TypeDesc* slot = goji::rt::mapSlotType(&stringToPair, 16, 32);
  CHECK(slot->size == 32);
  CHECK(pointerWords(slot) == std::vector<bool>{true, false, false, true});
  CHECK(goji::rt::mapSlotType(&stringToPair, 16, 32) == slot);

  TypeDesc intToInt{8, 8, kOne, "map[int]int", &kInt, &kInt, nullptr, nullptr, 0, 0, 0, goji::rt::Kind::Map, 8, 0, {}};
  CHECK(goji::rt::mapSlotType(&intToInt, 8, 16)->ptrdata == 0);
}

TEST_CASE("runtimeType marks the given offsets", "[rt_types]") {
  const TypeDesc* t = goji::rt::runtimeType("runtime.test", 80, {8, 64});
  CHECK(t->ptrdata == 72);
  CHECK(pointerWords(t) == std::vector<bool>{false, true, false, false, false, false, false, false, true, false});
  CHECK(pointerWords(goji::rt::pointerWordType()) == std::vector<bool>{true});
}
