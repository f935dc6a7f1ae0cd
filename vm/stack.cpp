#include "vm/stack.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "vm/lock.h"
#include "vm/runtime.h"

namespace goji::rt {

namespace {

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

constexpr size_t kSlotsPerReservation = 4096;
constexpr size_t kMaxGuardBatch = 256;

Lock stackLock;
uint8_t* nextSlot = nullptr;    // guarded by stackLock
uint8_t* reservationEnd = nullptr;
uint8_t* guardedEnd = nullptr;  // slots below it have their guards
size_t guardBatch = 8;          // doubles up to kMaxGuardBatch

uint8_t* reserve(size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("runtime: cannot allocate goroutine stack");
  return static_cast<uint8_t*>(p);
}

// A reservation starting on a page-table boundary (2 MiB), so that slots
// pair up as stack.h says.
uint8_t* reserveAligned(size_t size) {
  constexpr uintptr_t kAlign = uintptr_t{2} << 20;
  uint8_t* p = reserve(size + kAlign);
  auto a = (reinterpret_cast<uintptr_t>(p) + kAlign - 1) & ~(kAlign - 1);
  auto* aligned = reinterpret_cast<uint8_t*>(a);
  if (aligned > p) munmap(p, static_cast<size_t>(aligned - p));
  munmap(aligned + size, static_cast<size_t>(p + size + kAlign - (aligned + size)));
  return aligned;
}

void installGuard(uint8_t* base) {
  if (kernelGuards() ? madvise(base, kStackGuard, MADV_GUARD_INSTALL) != 0
                     : mprotect(base, kStackGuard, PROT_NONE) != 0) {
    fatal("runtime: cannot protect goroutine stack");
  }
}

}  // namespace

bool kernelGuards() {
  static const bool kernel = [] {
    const char* d = std::getenv("GODEBUG");
    bool ok = !(d && std::strstr(d, "softstack=1"));
    size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    uint8_t* probe = reserve(page);
    ok = ok && madvise(probe, page, MADV_GUARD_INSTALL) == 0;
    munmap(probe, page);
    uintptr_t rest = 0;
    if (!ok) __atomic_compare_exchange_n(&goji_poll_limit, &rest, kSoftStackZone, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return ok;
  }();
  return kernel;
}

void stackOverflow() {
  const char msg[] = "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n";
  (void)!::write(2, msg, sizeof msg - 1);
  _exit(2);
}

Stack stackalloc() {
  LockGuard g(stackLock);
  if (nextSlot == reservationEnd) {
    nextSlot = reserveAligned(kStackSlot * kSlotsPerReservation);
    reservationEnd = nextSlot + kStackSlot * kSlotsPerReservation;
    guardedEnd = nextSlot;
  }
  if (nextSlot == guardedEnd && kernelGuards()) {
    // Guards go in bursts for the next guardBatch slots: most goroutine
    // creations cost no system call, a program creating many goroutines
    // does not stall at every one, and one creating few (hello world has
    // a timer and a finalizer goroutine) pays for few guards.
    size_t n = std::min(guardBatch, static_cast<size_t>(reservationEnd - guardedEnd) / kStackSlot);
    for (size_t i = 0; i < n; i++) installGuard(guardedEnd + i * kStackSlot);
    guardedEnd += n * kStackSlot;
    guardBatch = std::min(guardBatch * 2, kMaxGuardBatch);
  }
  uint8_t* base = nextSlot;
  nextSlot += kStackSlot;
  return Stack{base + kStackGuard, base + kStackSlot};
}

void releaseStackPages(Stack s) {
  // A stack grows down page by page: if the page under the kept top was
  // never touched, there is nothing to give back, and mincore is much
  // cheaper than releasing an untouched range.
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  unsigned char resident = 0;
  if (mincore(s.hi - kStackKeep - page, page, &resident) == 0 && !(resident & 1)) return;
  // Without kernel guards a frame may have run into the guard region.
  uint8_t* from = kernelGuards() ? s.lo : s.lo - kStackGuard;
  madvise(from, static_cast<size_t>(s.hi - kStackKeep - from), MADV_DONTNEED);
}

Stack mainStackAlloc() {
  uint8_t* base = reserve(kMaxStack + kStackGuard);
  installGuard(base);
  return Stack{base + kStackGuard, base + kStackGuard + kMaxStack};
}

}  // namespace goji::rt

