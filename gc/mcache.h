// Per-P span caches (mcache) and the central per-class span lists
// (mcentral), as in Go 1.4's mcentral.c with its lazy sweeping.
//
// Invariants:
//   - An mcache belongs to one P, and only the goroutine running on that P
//     allocates from it, so its fast path takes no lock and no atomic.
//   - A span in an mcache is swept (sweepgen == sg) and has incache set; the
//     sweeper never touches it. The collector flushes every mcache, with
//     the world stopped, before the sweep generation advances.
//   - An mcentral's lists hold its class's spans that are not in a cache:
//     nonempty (may have free objects) and empty (full, as far as anyone
//     knows). Unswept spans may be on either; whoever CASes a span's
//     sweepgen from sg-2 to sg-1 sweeps it.
#pragma once

#include <cstdint>

#include "gc/mheap.h"

namespace goji::gc {

struct SpanList {
  MSpan head;  // sentinel: head.next is first, head.prev is last
  SpanList() { head.next = head.prev = &head; }
  bool empty() const { return head.next == &head; }
  void insertFront(MSpan* s);
  void insertBack(MSpan* s);
  static void remove(MSpan* s);
};

class MCentral {
 public:
  // A swept span of this class with a free object, for an mcache.
  MSpan* cacheSpan();
  // An mcache gives s back.
  void uncacheSpan(MSpan* s);
  // The sweeper freed nfreed objects of s (which is not cached); returns
  // whether s is now empty and was handed back to the heap.
  bool freeSpan(MSpan* s, uint32_t nfreed, bool preserve);

  uint8_t sizeclass = 0;
  bool noscan = false;

 private:
  goji::rt::Lock lock_;
  SpanList nonempty_;
  SpanList empty_;
};

constexpr int kNumSpanClasses = kNumSizeClasses * 2;
inline int spanClass(uint8_t sizeclass, bool noscan) { return sizeclass * 2 + (noscan ? 1 : 0); }

MCentral& mcentral(int spanclass);

struct MCache {
  MSpan* alloc[kNumSpanClasses] = {};
  uint32_t stressCount = 0;  // allocations since the last gcstress cycle

  // The next free object of span class c, taking a new span if needed;
  // the bool says whether a new span was taken (the pacer's check point).
  void* nextFree(int spanclass, bool* refilled);
  // Returns every span to its mcentral (the collector does this to each P's
  // cache with the world stopped).
  void releaseAll();
};

// Finds the next free object of s from freeindex (Go's nextFreeIndex);
// s->nelems if it has none.
uint32_t nextFreeIndex(MSpan* s);
// Go's nextFreeFast: a free object from s's allocCache, or 0.
inline uintptr_t nextFreeFast(MSpan* s) {
  if (s->allocCache == 0) return 0;
  uint32_t theBit = static_cast<uint32_t>(__builtin_ctzll(s->allocCache));
  uint32_t result = s->freeindex + theBit;
  if (result >= s->nelems) return 0;
  uint32_t freeidx = result + 1;
  if (freeidx % 64 == 0 && freeidx != s->nelems) return 0;
  s->allocCache = theBit == 63 ? 0 : s->allocCache >> (theBit + 1);
  s->freeindex = freeidx;
  s->allocCount++;
  return s->base + uintptr_t{result} * s->elemsize;
}

}  // namespace goji::gc
