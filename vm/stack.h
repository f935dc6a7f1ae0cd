// Goroutine stacks.
//
// Every goroutine runs on a stack of its own: a slot of kStackSlot bytes of
// address space, reserved but not committed (pages arrive as the stack
// touches them, so an idle goroutine costs the few pages its frames use).
// The lowest kStackGuard bytes of each slot are a guard region: touching it
// faults, and the fault handler reports Go's stack overflow. The main
// goroutine gets a slot as large as Go's stack limit.
//
// Stacks cannot grow (they are not copied as Go's are), so the slot size
// trades recursion depth against creation cost: a 2 MiB-aligned pair of
// 1 MiB slots shares one page-table page between both stacks' guards and
// tops, so a new goroutine costs about one and a half zeroed pages, where a
// larger slot costs three (its top page and two page-table pages).
//
// Slots are carved from large reservations; guard regions are installed
// with MADV_GUARD_INSTALL (Linux 6.13), which keeps a reservation one
// mapping however many stacks it holds. A dead goroutine's G keeps its
// slot for the next goroutine; the pages a deep recursion committed below
// the top kStackKeep bytes go back to the OS after the next collection
// (proc.cpp: takeUntrimmedGs, trimDeadStacks).
//
// Where the kernel lacks MADV_GUARD_INSTALL (or under GODEBUG=softstack=1)
// goroutine slots have no guard region: mprotect would split a reservation
// into two mappings per slot, and vm.max_map_count (65530 by default) would
// stop a program near 32 000 goroutines where Go runs millions. Software
// checks the bound instead: goji_poll_limit rests at kSoftStackZone, so
// every function's entry poll takes its slow path when its frame address
// lies in the lowest kSoftStackZone bytes of a 1 MiB-aligned slot, and
// goji_safepoint reports the overflow when the frame is in the running
// goroutine's guard region. A frame of up to kStackGuard bytes below its
// entry, and the runtime's C++ frames below the last generated one, stay
// inside the slot. The main goroutine keeps a real guard either way; its
// entry polls take the slow path in the lowest kSoftStackZone bytes of
// every MiB, a cost only these kernels pay.
#pragma once

#include <cstddef>
#include <cstdint>

namespace goji::rt {

constexpr size_t kStackSlot = size_t{1} << 20;
constexpr size_t kStackGuard = size_t{128} << 10;
// Go's limit on 64-bit systems, as its stack overflow message states it.
constexpr size_t kMaxStack = 1000000000;

constexpr size_t kSoftStackZone = 2 * kStackGuard;
// The top of a dead goroutine's stack that stays committed for the next.
constexpr size_t kStackKeep = size_t{16} << 10;

struct Stack {
  uint8_t* lo = nullptr;  // the guard region lies just below lo
  uint8_t* hi = nullptr;  // the stack grows down from hi
};

Stack stackalloc();
// Returns the pages of an unused stack below its top kStackKeep bytes.
void releaseStackPages(Stack s);
// The main goroutine's stack: kMaxStack bytes.
Stack mainStackAlloc();

// Decides, once, whether goroutine slots get real guard regions, and moves
// goji_poll_limit's rest to match. mainStackAlloc calls it before any
// generated code runs.
bool kernelGuards();

// Whether a frame at addr, under software checks, has overflowed stack s.
inline bool isSoftStackOverflow(const Stack& s, const void* addr) {
  auto* a = static_cast<const uint8_t*>(addr);
  return s.lo && a < s.lo + kStackGuard && a >= s.lo - kStackGuard;
}

// Prints Go's stack overflow error and exits (async-signal-safe).
[[noreturn]] void stackOverflow();

// Whether a fault at addr is the overflow of stack s.
inline bool isStackOverflow(const Stack& s, const void* addr) {
  auto* a = static_cast<const uint8_t*>(addr);
  return s.lo && a < s.lo && a >= s.lo - kStackGuard;
}

}  // namespace goji::rt

