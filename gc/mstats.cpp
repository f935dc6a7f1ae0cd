// Statistics: see mstats.h.
#include "gc/mstats.h"

#include <atomic>
#include <ctime>

#include "gc/mcache.h"
#include "gc/mgc.h"
#include "gc/heap.h"
#include "vm/sched.h"

namespace goji::gc {

namespace {

struct ClassCounts {
  std::atomic<uint64_t> mallocs{0};
  std::atomic<uint64_t> frees{0};
};
ClassCounts byClass[kNumSizeClasses];
std::atomic<uint64_t> largeBytes{0};
std::atomic<uint64_t> freedBytes{0};

// Written with the world stopped (recordCycle), read with it stopped.
struct CycleStats {
  uint32_t numGC = 0;
  uint32_t numForcedGC = 0;
  uint64_t pauseTotalNs = 0;
  uint64_t pauseNs[256] = {};
  uint64_t pauseEnd[256] = {};
  uint64_t lastGC = 0;
};
CycleStats cycles;

uint64_t wallNanos() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000000 + static_cast<uint64_t>(ts.tv_nsec);
}

}  // namespace

void countMallocs(uint8_t sizeclass, uint32_t n) {
  if (n) byClass[sizeclass].mallocs.fetch_add(n, std::memory_order_relaxed);
}

void countFrees(uint8_t sizeclass, uint32_t n, uint64_t bytes) {
  byClass[sizeclass].frees.fetch_add(n, std::memory_order_relaxed);
  freedBytes.fetch_add(bytes, std::memory_order_relaxed);
}

void countLargeAlloc(uint64_t bytes) {
  byClass[0].mallocs.fetch_add(1, std::memory_order_relaxed);
  largeBytes.fetch_add(bytes, std::memory_order_relaxed);
}

void recordCycle(int64_t pauseNs, bool forced) {
  uint64_t now = wallNanos();
  cycles.pauseNs[cycles.numGC % 256] = static_cast<uint64_t>(pauseNs);
  cycles.pauseEnd[cycles.numGC % 256] = now;
  cycles.numGC++;
  if (forced) cycles.numForcedGC++;
  cycles.pauseTotalNs += static_cast<uint64_t>(pauseNs);
  cycles.lastGC = now;
}

void readMemStats(MemStats* m) {
  goji::rt::stopTheWorld();
  uint64_t cached[kNumSizeClasses] = {};
  auto addCached = [&cached](MCache* c) {
    for (int i = 0; i < kNumSpanClasses; i++) {
      if (MSpan* s = c->alloc[i]) cached[s->sizeclass] += s->allocCount - s->allocCountBeforeCache;
    }
  };
  forEachMCache(addCached);
  lockSharedCache();
  addCached(sharedMCache());
  unlockSharedCache();
  MemStats r{};
  for (int c = 0; c < kNumSizeClasses; c++) {
    uint64_t mallocs = byClass[c].mallocs.load() + cached[c];
    uint64_t frees = byClass[c].frees.load();
    r.mallocs += mallocs;
    r.frees += frees;
    if (c > 0) r.totalAlloc += mallocs * classToSize(static_cast<uint8_t>(c));
    if (c < 61) r.bySize[c] = {static_cast<uint32_t>(classToSize(static_cast<uint8_t>(c))), mallocs, frees};
  }
  r.totalAlloc += largeBytes.load();
  r.heapAlloc = r.alloc = r.totalAlloc - freedBytes.load();
  r.heapObjects = r.mallocs - r.frees;
  HeapStats h = mheap().stats();
  r.heapSys = h.sysBytes;
  r.heapIdle = h.freeBytes;
  r.heapInuse = h.inuseBytes;
  r.heapReleased = h.releasedBytes;
  r.sys = r.heapSys;
  r.nextGC = heapGoal();
  r.lastGC = cycles.lastGC;
  r.pauseTotalNs = cycles.pauseTotalNs;
  std::copy(std::begin(cycles.pauseNs), std::end(cycles.pauseNs), r.pauseNs);
  std::copy(std::begin(cycles.pauseEnd), std::end(cycles.pauseEnd), r.pauseEnd);
  r.numGC = cycles.numGC;
  r.numForcedGC = cycles.numForcedGC;
  r.enableGC = true;
  goji::rt::startTheWorld();
  *m = r;
}

}  // namespace goji::gc
