// Run queues (Go's runqput/runqget/runqsteal): a P's local queue is a ring
// of kRunqSize Gs that only its owner puts to and gets from, with thieves
// taking half of it by advancing the head with a CAS; runnext holds the G
// the owner readied last, which runs next (a message's receiver runs right
// after its sender blocks). Overflow moves half the ring to the global
// queue, a list under sched.lock.
#include <unistd.h>

#include "gc/mcache.h"
#include "vm/runtime.h"
#include "vm/sched_internal.h"

namespace goji::rt {

namespace {

// Moves g and half of p's local queue to the global queue; false if a
// thief emptied the queue meanwhile (then there is room again).
bool runqputslow(P* p, G* g, uint32_t h, uint32_t t) {
  G* batch[kRunqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  for (uint32_t i = 0; i < n; i++) batch[i] = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
  if (!p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release)) return false;
  batch[n] = g;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  LockGuard l(sched.lock);
  if (sched.runqtail) {
    sched.runqtail->schedlink = batch[0];
  } else {
    sched.runqhead = batch[0];
  }
  sched.runqtail = batch[n];
  sched.runqsize.fetch_add(static_cast<int32_t>(n + 1));
  return true;
}

// Takes half of p's queue (or its runnext) into batch starting at
// batchHead; returns how many.
uint32_t runqgrab(P* p, std::atomic<G*>* batch, uint32_t batchHead, bool stealRunNext) {
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n -= n / 2;
    if (n == 0) {
      if (stealRunNext) {
        G* next = p->runnext.load();
        if (next) {
          if (p->status.load() == PStatus::Running) {
            // The G was readied to run next on p, which is about to
            // schedule it: stealing it now would only move the pair of
            // communicating goroutines apart (Go sleeps 3 µs here too).
            ::usleep(3);
            next = p->runnext.load();
            if (!next) continue;
          }
          if (!p->runnext.compare_exchange_strong(next, nullptr)) continue;
          batch[batchHead % kRunqSize].store(next, std::memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > kRunqSize / 2) continue;  // read h and t at different times: retry
    for (uint32_t i = 0; i < n; i++) {
      G* g = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
      batch[(batchHead + i) % kRunqSize].store(g, std::memory_order_relaxed);
    }
    if (p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
  }
}

}  // namespace

void runqput(P* p, G* g, bool next) {
  if (next) {
    g = p->runnext.exchange(g);
    if (!g) return;
  }
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      p->runq[t % kRunqSize].store(g, std::memory_order_relaxed);
      p->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(p, g, h, t)) return;
  }
}

G* runqget(P* p) {
  G* next = p->runnext.load();
  if (next && p->runnext.compare_exchange_strong(next, nullptr)) return next;
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t == h) return nullptr;
    G* g = p->runq[h % kRunqSize].load(std::memory_order_relaxed);
    if (p->runqhead.compare_exchange_strong(h, h + 1, std::memory_order_release)) return g;
  }
}

bool runqempty(P* p) {
  for (;;) {
    uint32_t h = p->runqhead.load(std::memory_order_acquire);
    uint32_t t = p->runqtail.load(std::memory_order_acquire);
    G* next = p->runnext.load();
    if (t == p->runqtail.load(std::memory_order_acquire)) return h == t && !next;
  }
}

G* runqsteal(P* p, P* victim, bool stealRunNext) {
  uint32_t t = p->runqtail.load(std::memory_order_relaxed);
  uint32_t n = runqgrab(victim, p->runq, t, stealRunNext);
  if (n == 0) return nullptr;
  n--;
  G* g = p->runq[(t + n) % kRunqSize].load(std::memory_order_relaxed);
  if (n == 0) return g;
  p->runqtail.store(t + n, std::memory_order_release);
  return g;
}

void globrunqput(G* g) {
  g->schedlink = nullptr;
  if (sched.runqtail) {
    sched.runqtail->schedlink = g;
  } else {
    sched.runqhead = g;
  }
  sched.runqtail = g;
  sched.runqsize.fetch_add(1);
}

G* globrunqget(P* p, int32_t max) {
  int32_t size = sched.runqsize.load();
  if (size == 0) return nullptr;
  int32_t n = size / sched.gomaxprocs + 1;
  if (n > size) n = size;
  if (max > 0 && n > max) n = max;
  if (n > static_cast<int32_t>(kRunqSize / 2)) n = kRunqSize / 2;
  sched.runqsize.fetch_sub(n);
  auto pop = [] {
    G* g = sched.runqhead;
    sched.runqhead = g->schedlink;
    if (!sched.runqhead) sched.runqtail = nullptr;
    return g;
  };
  G* g = pop();
  // The local queue is empty when max is 0 (findRunnable), so these fit.
  for (int32_t i = 1; i < n; i++) runqput(p, pop(), false);
  return g;
}

// Sets the number of Ps; Gs queued on removed Ps move to the global queue,
// and their dead Gs to the global free list.
// The world is stopped (or not yet started).
void procresize(int32_t nprocs) {
  for (int32_t i = 0; i < nprocs; i++) {
    if (!sched.allp[i]) {
      sched.allp[i] = new P();
      sched.allp[i]->id = i;
      sched.allp[i]->mcache = new gc::MCache();
    }
  }
  for (int32_t i = nprocs; i < sched.gomaxprocs; i++) {
    P* p = sched.allp[i];
    if (G* g = p->runnext.exchange(nullptr)) globrunqput(g);
    while (G* g = runqget(p)) globrunqput(g);
    while (G* g = p->gfree) {
      p->gfree = g->schedlink;
      g->schedlink = sched.gfree;
      sched.gfree = g;
      sched.ngfree.fetch_add(1, std::memory_order_relaxed);
    }
    p->gfreecnt = 0;
    p->mcache->releaseAll();
  }
  M* m = curm;
  if (m && m->p && m->p->id >= nprocs) {
    // The caller's P goes away: it continues on P 0.
    m->p->m = nullptr;
    m->p = sched.allp[0];
    m->p->m = m;
  }
  sched.gomaxprocs = nprocs;
}

}  // namespace goji::rt
