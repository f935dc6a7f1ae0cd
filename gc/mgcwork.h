// Work buffers: the grey objects of a mark phase, in buffers that move
// between lock-free lists (Go's mgcwork.go, with the seed's full / partial /
// empty lists).
//
// Invariants:
//   - A workbuf is on at most one list or owned by one gcWork. Workbufs are
//     never freed, so a lock-free pop may read a node another thread has
//     just taken (the counter in the list head defeats ABA).
//   - full holds buffers with no room left, partial buffers with some
//     objects, empty buffers with none. Markers take from full, then
//     partial; getfull is the termination barrier: it returns null only
//     when every marker is waiting in it and no list holds work.
#pragma once

#include <atomic>
#include <cstdint>

namespace goji::gc {

constexpr int kWorkbufEntries = 253;

struct Workbuf {
  Workbuf* lfnext = nullptr;
  uint64_t nobj = 0;
  uintptr_t obj[kWorkbufEntries];
};
static_assert(sizeof(Workbuf) == 2040);

// A lock-free stack of workbufs: the head packs the node's address with a
// 16-bit pop count (user addresses fit in 47 bits).
class LFStack {
 public:
  void push(Workbuf* b);
  Workbuf* pop();
  bool empty() const { return head_.load(std::memory_order_acquire) >> 16 == 0; }

 private:
  std::atomic<uint64_t> head_{0};
};

// The lists and the markers' barrier of one mark phase. Each has a cache
// line of its own: markers read full and nwait after every object they
// scan, while buffers move on and off the other lists.
struct WorkLists {
  alignas(64) LFStack full;
  alignas(64) LFStack partial;
  alignas(64) LFStack empty;
  alignas(64) std::atomic<uint32_t> nwait{0};
  uint32_t nproc = 1;
};
WorkLists& work();

Workbuf* getempty();
void putempty(Workbuf* b);
void putfull(Workbuf* b);
void putpartial(Workbuf* b);
// A buffer with work (b, if not null, is returned empty first); null once
// every marker is idle and no work is left.
Workbuf* getfull(Workbuf* b);

// A marker's local cache of work: two buffers, so that pushing and popping
// around a buffer boundary does not move buffers to and from the lists.
class GcWork {
 public:
  void put(uintptr_t obj) {
    if (!wbuf1_ || wbuf1_->nobj == kWorkbufEntries) putSlow();
    wbuf1_->obj[wbuf1_->nobj++] = obj;
  }
  // The next grey object, or 0 when this marker has none locally.
  uintptr_t tryGetFast() {
    if (!wbuf1_ || wbuf1_->nobj == 0) return 0;
    return wbuf1_->obj[--wbuf1_->nobj];
  }
  // The next grey object, waiting at the barrier if needed; 0 means the
  // mark phase has no work left anywhere.
  uintptr_t get();
  // Returns the buffers to the lists (full, partial or empty by content).
  void dispose();
  // Publishes some of this marker's work for markers waiting at getfull
  // (Go's gcWork.balance): wbuf2 if it has objects, else the older half of
  // wbuf1, where a depth-first mark keeps the largest unvisited subgraphs.
  void balance();

  uint64_t bytesMarked = 0;

 private:
  void putSlow();
  Workbuf* wbuf1_ = nullptr;
  Workbuf* wbuf2_ = nullptr;
};

}  // namespace goji::gc
