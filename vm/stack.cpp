#include "vm/stack.h"

#include <sys/mman.h>

#include <vector>

#include "vm/lock.h"
#include "vm/runtime.h"

namespace goji::rt {

namespace {

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

constexpr size_t kSlotsPerReservation = 1024;

Lock stackLock;
std::vector<Stack> freeStacks;  // guarded by stackLock
uint8_t* nextSlot = nullptr;    // guarded by stackLock
uint8_t* reservationEnd = nullptr;

uint8_t* reserve(size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("runtime: cannot allocate goroutine stack");
  return static_cast<uint8_t*>(p);
}

bool noGuardAdvice = false;  // the kernel predates MADV_GUARD_INSTALL

void installGuard(uint8_t* base) {
  if (!noGuardAdvice) {
    if (madvise(base, kStackGuard, MADV_GUARD_INSTALL) == 0) return;
    noGuardAdvice = true;
  }
  if (mprotect(base, kStackGuard, PROT_NONE) != 0) fatal("runtime: cannot protect goroutine stack");
}

}  // namespace

Stack stackalloc() {
  LockGuard g(stackLock);
  if (!freeStacks.empty()) {
    Stack s = freeStacks.back();
    freeStacks.pop_back();
    return s;
  }
  if (nextSlot == reservationEnd) {
    nextSlot = reserve(kStackSlot * kSlotsPerReservation);
    reservationEnd = nextSlot + kStackSlot * kSlotsPerReservation;
  }
  uint8_t* base = nextSlot;
  nextSlot += kStackSlot;
  installGuard(base);
  return Stack{base + kStackGuard, base + kStackSlot};
}

void stackfree(Stack s) {
  LockGuard g(stackLock);
  freeStacks.push_back(s);
}

Stack mainStackAlloc() {
  uint8_t* base = reserve(kMaxStack + kStackGuard);
  installGuard(base);
  return Stack{base + kStackGuard, base + kStackGuard + kMaxStack};
}

}  // namespace goji::rt
