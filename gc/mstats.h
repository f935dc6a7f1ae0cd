// Allocation and collection statistics, and runtime.ReadMemStats.
//
// Mallocs are counted per size class when a cache gives a span back (from
// the span's allocation count), frees by the sweeper, so the allocation
// fast path counts nothing. Reading the statistics stops the world and
// adds what the caches hold.
#pragma once

#include <cstdint>

namespace goji::gc {

// runtime.MemStats, field for field (stdlib/runtime/mstats.go).
struct MemStats {
  uint64_t alloc, totalAlloc, sys, lookups, mallocs, frees;
  uint64_t heapAlloc, heapSys, heapIdle, heapInuse, heapReleased, heapObjects;
  uint64_t stackInuse, stackSys;
  uint64_t mspanInuse, mspanSys, mcacheInuse, mcacheSys, buckHashSys, gcSys, otherSys;
  uint64_t nextGC, lastGC, pauseTotalNs;
  uint64_t pauseNs[256];
  uint64_t pauseEnd[256];
  uint32_t numGC, numForcedGC;
  double gcCPUFraction;
  bool enableGC, debugGC;
  struct {
    uint32_t size;
    uint64_t mallocs, frees;
  } bySize[61];
};
static_assert(sizeof(MemStats) == 5776, "mirrors runtime.MemStats");

void countMallocs(uint8_t sizeclass, uint32_t n);
void countFrees(uint8_t sizeclass, uint32_t n, uint64_t bytes);
void countLargeAlloc(uint64_t bytes);
// A cycle ended: its pause, and whether runtime.GC asked for it.
void recordCycle(int64_t pauseNs, bool forced);
void readMemStats(MemStats* m);

}  // namespace goji::gc
