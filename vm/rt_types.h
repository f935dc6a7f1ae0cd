// Type descriptors of the runtime's own heap objects (map headers, slot
// arrays and iterators, defer frames and their call arrays), so that every
// allocation holding pointers says where they are, as generated code's
// allocations do. Memory passed to mallocgc without a descriptor holds no
// pointers (string bytes, control bytes, integers).
//
// Descriptors live as long as the process. Those that depend on a Go type
// (a map's slot layout) or on a count (a defer frame's result homes) are
// made on first use and cached.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "vm/abi.h"

namespace goji::rt {

// A descriptor named name, size bytes long, with pointers at the given
// offsets (multiples of 8).
const TypeDesc* runtimeType(const char* name, uint64_t size, std::initializer_list<uint64_t> pointerOffsets);

// One pointer word: arrays of pointers are allocated as n of these.
const TypeDesc* pointerWordType();

// A map entry: the key at 0 and the element at elemOff, size bytes in all.
const TypeDesc* mapSlotType(const TypeDesc* mapType, uint64_t elemOff, uint64_t size);

}  // namespace goji::rt
