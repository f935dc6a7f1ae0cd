// Stack maps of JIT-compiled code: for every safepoint (a call that may
// collect, panic or block), where the live GC pointers of the calling frame
// are, and which source position the call site has.
//
// Records are keyed by return address. They are captured from the
// .llvm_stackmaps section of every object the JIT links (jit.cpp) or of a
// cached image (image.cpp) and read by the stack walker (stackwalk.h), for
// every frame a collection, a traceback or gcverifyroots walks. The table is
// complete before the program starts: every object is linked first, on a
// thread the program's threads start after. So it is read without a lock.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace goji::rt {

// A live GC pointer slot of a frame at a safepoint: [reg + offset], reg being
// the caller's stack pointer (DWARF 7, the value at the call) or frame pointer (DWARF 6).
struct RootSlot {
  uint16_t reg;
  int32_t offset;
};

struct SafepointRecord {
  uint64_t id;  // the call site's statepoint id: indexes the site table
  std::vector<RootSlot> slots;  // base pointers only (the collector never moves objects)
};

class StackMaps {
 public:
  // Parses a .llvm_stackmaps section (version 3) loaded at `section`;
  // only before the program runs.
  void addSection(const uint8_t* section, size_t size);
  const SafepointRecord* find(uint64_t returnAddress) const;
  size_t size() const;

 private:
  std::unordered_map<uint64_t, SafepointRecord> records_;
};

StackMaps& stackMaps();

}  // namespace goji::rt
