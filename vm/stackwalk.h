// Walking the JIT frames of a goroutine.
//
// Generated code keeps frame pointers, so from a frame address fp the
// caller's return address is fp[1], the caller's stack pointer at the call is
// fp + 16 and the caller's frame address is fp[0]. The walk starts at each
// anchor (a runtime entry's frame, innermost first) and follows the chain
// while return addresses belong to safepoints in the stack map table; the
// first return address that does not (a C++ frame) ends that segment.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "vm/stackmap.h"

namespace goji::rt {

struct JitFrame {
  uint64_t returnAddress;  // into the frame's function, just after the call
  uint8_t* callerSP;       // the frame's stack pointer at that call
  uint8_t* frame;          // the frame's own frame address
  const SafepointRecord* record;
};

struct G;

// Calls f for every JIT frame of goroutine g (the innermost maxFrames),
// innermost first: the running goroutine's own, or a goroutine that is
// parked or stopped at a safepoint (its anchors mark where its JIT frames
// are).
void walkJitFrames(G* g, const std::function<void(const JitFrame&)>& f, size_t maxFrames = SIZE_MAX);

// The address of each live GC pointer slot of a frame.
void forEachRoot(const JitFrame& frame, const std::function<void(void** slot)>& f);

}  // namespace goji::rt
