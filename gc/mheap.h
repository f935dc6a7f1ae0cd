// The page heap (Go's mheap) and its spans.
//
// The heap is one reservation of address space, mapped as it grows in
// 64 MiB arenas. Memory is handed out in spans: runs of 8 KiB pages that
// hold either objects of one size class (small spans, carved up by
// mcentral/mcache) or one large object. A page → span table covers the
// whole reservation, so any address inside the heap finds its span, and
// from the span its object (objectstart): interior pointers are as good as
// base pointers.
//
// Invariants:
//   - mheap.lock guards the free spans, the page table entries of free
//     spans and the span pool's free list. The page table entries of a span
//     in use are written once, when it is allocated, before the span is
//     published; readers (the marker, isHeapPointer) may read them without
//     the lock and must check the span's state.
//   - A free span's first and last pages map to it, so freeing coalesces
//     with both neighbours in O(1).
//   - Every span ever made lives in a pool that never moves, so the sweeper
//     can walk spans by index while others allocate.
//   - A span's sweepgen, relative to mheap.sweepgen (sg, +2 per cycle):
//     sg-2 needs sweeping, sg-1 is being swept, sg is swept and ready.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <set>
#include <utility>

#include "gc/sizeclass.h"
#include "vm/abi.h"
#include "vm/lock.h"

namespace goji::gc {

enum class SpanState : uint8_t { Dead, Free, InUse };

struct MSpan {
  MSpan* next = nullptr;  // on an mcentral list or the pool's free list
  MSpan* prev = nullptr;
  uintptr_t base = 0;
  uintptr_t npages = 0;
  uintptr_t elemsize = 0;
  uint32_t nelems = 0;
  uint32_t divMul = 0;  // objIndex(p) = (p - base) * divMul >> 32, Go's divMagic
  uint8_t sizeclass = 0;  // 0: one large object
  bool noscan = false;
  SpanState state = SpanState::Dead;
  bool incache = false;  // held by an mcache
  bool needzero = false;  // memory may be dirty: allocations clear what they take
  // Allocation: objects below freeindex, and those whose allocBits are set,
  // are allocated; allocCache holds the complement of allocBits from
  // freeindex on (Go's nextFreeFast).
  uint32_t freeindex = 0;
  uint32_t allocCount = 0;
  uint32_t allocCountBeforeCache = 0;  // the allocations an mcache made count into MemStats
  uint64_t allocCache = 0;
  uint64_t* allocBits = nullptr;
  // The mark: a byte per object, so that parallel markers set marks with
  // plain stores where a shared bit would need a locked read-modify-write
  // (two markers may both mark an object and both scan it, which is
  // harmless). Zero from the span's sweep to the next mark; the sweep packs
  // them into gcmarkBits, which become the allocation bits.
  uint8_t* gcmarkBytes = nullptr;
  uint64_t* gcmarkBits = nullptr;
  uint64_t* checkmarkBits = nullptr;  // GODEBUG=gccheckmark=1's second bit
  uint64_t* heapBits = nullptr;  // scan spans: one bit per word, set for pointer words
  // Every slot's heap bits are those of one object of bitsType (malloc.cpp);
  // bitsMixed once objects of several types or sizes have been written.
  const rt::TypeDesc* bitsType = nullptr;
  bool bitsMixed = false;
  uint64_t* bitmaps = nullptr;   // the block the four bitmaps live in
  std::atomic<uint32_t> sweepgen{0};
  // Free spans: when they became free and how many of their pages went back to the OS.
  int64_t freedAt = 0;
  uintptr_t releasedPages = 0;

  uintptr_t limit() const { return base + uintptr_t{nelems} * elemsize; }
  uint32_t objIndex(uintptr_t p) const {
    return static_cast<uint32_t>((static_cast<uint64_t>(p - base) * divMul) >> 32);
  }
  bool isMarked(uint32_t i) const { return __atomic_load_n(&gcmarkBytes[i], __ATOMIC_RELAXED) != 0; }
  bool isAllocated(uint32_t i) const { return i < freeindex || (allocBits[i / 64] >> (i % 64) & 1); }
  uint32_t bitmapWords() const { return (nelems + 63) / 64; }
  // Takes the right to sweep this span in generation sg (sg-2 → sg-1).
  bool claimSweep(uint32_t sg) {
    uint32_t expect = sg - 2;
    return sweepgen.load() == expect && sweepgen.compare_exchange_strong(expect, sg - 1);
  }
};

struct HeapStats {
  uintptr_t sysBytes;       // mapped for the heap
  uintptr_t inuseBytes;     // in spans in use
  uintptr_t freeBytes;      // in free spans (released ones included)
  uintptr_t releasedBytes;  // returned to the OS
};

class MHeap {
 public:
  void init();
  // A span of npages for sizeclass (0 = large, of elemsize bytes), or
  // exits with Go's out-of-memory error.
  MSpan* alloc(uintptr_t npages, uint8_t sizeclass, bool noscan, uintptr_t elemsize);
  void free(MSpan* s);
  // The span containing p, if p is inside a span in use.
  MSpan* spanOf(uintptr_t p) const {
    if (p - arenaStart_ >= arenaUsed_.load(std::memory_order_acquire) - arenaStart_) return nullptr;
    MSpan* s = pages_[(p - arenaStart_) >> kPageShift];
    return s && s->state == SpanState::InUse && p - s->base < s->npages * kPageSize ? s : nullptr;
  }
  bool contains(uintptr_t p) const { return p - arenaStart_ < arenaEnd_ - arenaStart_; }

  // Spans by index (the sweeper's walk); nspans only grows.
  uint32_t nspans() const { return nspans_.load(std::memory_order_acquire); }
  MSpan* span(uint32_t i) { return &pool_[i]; }

  std::atomic<uint32_t> sweepgen{0};
  // Returns free pages idle for at least minAge ns to the OS, keeping
  // retainBytes of free memory resident; the number of bytes released.
  uintptr_t scavenge(int64_t minAge, uintptr_t retainBytes);
  HeapStats stats();

 private:
  MSpan* newSpanLocked();
  void freeSpanStruct(MSpan* s);
  void setPages(MSpan* s, uintptr_t first, uintptr_t n);
  void insertFree(MSpan* s);
  void removeFree(MSpan* s);
  bool growLocked(uintptr_t npages);
  void initSpan(MSpan* s, uint8_t sizeclass, bool noscan, uintptr_t elemsize);

  goji::rt::Lock lock_;
  uintptr_t arenaStart_ = 0;
  uintptr_t arenaEnd_ = 0;
  std::atomic<uintptr_t> arenaUsed_{0};
  MSpan** pages_ = nullptr;
  MSpan* pool_ = nullptr;  // capacity: one span per page
  std::atomic<uint32_t> nspans_{0};
  MSpan* spanFree_ = nullptr;
  std::set<std::pair<uintptr_t, uintptr_t>> free_;  // (npages, base) of free spans, best fit first
  uintptr_t freePages_ = 0;
  uintptr_t releasedPages_ = 0;
  uintptr_t inusePages_ = 0;
};

// The heap, made on first use (the first allocation, before any thread but
// the main one exists); the collector's hot loops inline the pointer load.
extern MHeap* theHeap;
MHeap& makeHeap();
inline MHeap& mheap() { return __builtin_expect(theHeap != nullptr, 1) ? *theHeap : makeHeap(); }

}  // namespace goji::gc
