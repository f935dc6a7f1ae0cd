// Semaphores for package sync (Go's runtime/sema.go): a uint32 count in
// the program's memory plus, kept here, a FIFO queue of the goroutines
// waiting on that address.
//
// Invariants:
//   - Addresses hash to one of kSemTabSize buckets; a bucket's lock guards
//     its queues, and its nwait counts waiters so that a release with no
//     waiter touches no lock.
//   - A waiter is queued only after it has failed to take the count under
//     the bucket lock with nwait raised, so a release that increments the
//     count either is seen by that attempt or sees nwait and dequeues it.
//   - A release with handoff takes the count for the first waiter itself
//     (ticket = 1), so the waiter cannot be overtaken (Mutex starvation).
#include <deque>
#include <unordered_map>

#include "vm/runtime.h"
#include "vm/sema.h"

namespace goji::rt {

namespace {

struct SemaWaiter {
  G* g;
  uint32_t ticket;
};

struct SemaRoot {
  Lock lock;
  std::atomic<uint32_t> nwait{0};
  std::unordered_map<uint32_t*, std::deque<SemaWaiter*>> queues;
};

constexpr size_t kSemTabSize = 251;
SemaRoot semtable[kSemTabSize];

SemaRoot& rootFor(uint32_t* addr) { return semtable[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSemTabSize]; }

bool cansemacquire(uint32_t* addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    if (v == 0) return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return true;
  }
}

void unlockRoot(void* root) { static_cast<SemaRoot*>(root)->lock.unlock(); }

}  // namespace

void semacquire(uint32_t* addr, bool lifo) {
  if (cansemacquire(addr)) return;
  GOJI_ANCHOR;
  SemaRoot& root = rootFor(addr);
  SemaWaiter w{getg(), 0};
  for (;;) {
    root.lock.lock();
    root.nwait.fetch_add(1);
    if (cansemacquire(addr)) {
      root.nwait.fetch_sub(1);
      root.lock.unlock();
      return;
    }
    std::deque<SemaWaiter*>& q = root.queues[addr];
    if (lifo) {
      q.push_front(&w);
    } else {
      q.push_back(&w);
    }
    gopark(unlockRoot, &root, "semacquire");
    if (w.ticket != 0 || cansemacquire(addr)) return;
  }
}

void semrelease(uint32_t* addr, bool handoff) {
  SemaRoot& root = rootFor(addr);
  __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
  if (root.nwait.load() == 0) return;
  SemaWaiter* w = nullptr;
  {
    LockGuard l(root.lock);
    if (root.nwait.load() == 0) return;
    auto it = root.queues.find(addr);
    if (it == root.queues.end()) return;
    w = it->second.front();
    it->second.pop_front();
    if (it->second.empty()) root.queues.erase(it);
    root.nwait.fetch_sub(1);
  }
  bool handedOff = handoff && cansemacquire(addr);
  if (handedOff) w->ticket = 1;
  goready(w->g);  // w may be gone from here on
  if (handedOff) {
    GOJI_ANCHOR;
    goyield();
  }
}

}  // namespace goji::rt
