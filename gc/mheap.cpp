// The page heap: see mheap.h for the design and its invariants.
#include "gc/mheap.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace goji::gc {

namespace {

constexpr uintptr_t kArenaBytes = uintptr_t{64} << 20;
constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
// Tried in turn: the largest reservation the machine's overcommit policy allows.
constexpr uintptr_t kReservations[] = {uintptr_t{64} << 30, uintptr_t{16} << 30, uintptr_t{4} << 30};

void* reserve(uintptr_t bytes, uintptr_t align) {
  void* p = mmap(nullptr, bytes + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  auto base = reinterpret_cast<uintptr_t>(p);
  uintptr_t aligned = (base + align - 1) & ~(align - 1);
  if (aligned > base) munmap(p, aligned - base);
  munmap(reinterpret_cast<void*>(aligned + bytes), base + align - aligned);
  return reinterpret_cast<void*>(aligned);
}

[[noreturn]] void outOfMemory() {
  std::fputs("fatal error: runtime: out of memory\n", stderr);
  std::_Exit(2);
}

}  // namespace

MHeap* theHeap = nullptr;

MHeap& makeHeap() {
  static MHeap* h = [] {
    auto* heap = new MHeap();
    heap->init();
    return heap;
  }();
  theHeap = h;
  return *h;
}

void MHeap::init() {
  for (uintptr_t bytes : kReservations) {
    void* arena = reserve(bytes, kHugePage);
    if (!arena) continue;
    uintptr_t pages = bytes >> kPageShift;
    void* table = reserve(pages * sizeof(MSpan*), kPageSize);
    void* pool = reserve(pages * sizeof(MSpan), kPageSize);
    if (!table || !pool) outOfMemory();
    arenaStart_ = reinterpret_cast<uintptr_t>(arena);
    arenaEnd_ = arenaStart_ + bytes;
    arenaUsed_.store(arenaStart_, std::memory_order_release);
    pages_ = static_cast<MSpan**>(table);
    pool_ = static_cast<MSpan*>(pool);
    return;
  }
  outOfMemory();
}

MSpan* MHeap::newSpanLocked() {
  if (MSpan* s = spanFree_) {
    spanFree_ = s->next;
    s->next = nullptr;
    return s;
  }
  uint32_t i = nspans_.load(std::memory_order_relaxed);
  MSpan* s = new (&pool_[i]) MSpan();
  nspans_.store(i + 1, std::memory_order_release);
  return s;
}

void MHeap::freeSpanStruct(MSpan* s) {
  s->state = SpanState::Dead;
  s->next = spanFree_;
  spanFree_ = s;
}

void MHeap::setPages(MSpan* s, uintptr_t first, uintptr_t n) {
  uintptr_t i0 = (first - arenaStart_) >> kPageShift;
  for (uintptr_t i = 0; i < n; i++) pages_[i0 + i] = s;
}

void MHeap::insertFree(MSpan* s) {
  s->state = SpanState::Free;
  setPages(s, s->base, 1);
  setPages(s, s->base + (s->npages - 1) * kPageSize, 1);
  free_.emplace(s->npages, s->base);
  freePages_ += s->npages;
  releasedPages_ += s->releasedPages;
}

void MHeap::removeFree(MSpan* s) {
  free_.erase({s->npages, s->base});
  freePages_ -= s->npages;
  releasedPages_ -= s->releasedPages;
}

bool MHeap::growLocked(uintptr_t npages) {
  uintptr_t bytes = std::max(kArenaBytes, (npages * kPageSize + kArenaBytes - 1) & ~(kArenaBytes - 1));
  uintptr_t used = arenaUsed_.load(std::memory_order_relaxed);
  if (bytes > arenaEnd_ - used) return false;
  madvise(reinterpret_cast<void*>(used), bytes, MADV_HUGEPAGE);
  MSpan* s = newSpanLocked();
  s->base = used;
  s->npages = bytes >> kPageShift;
  s->needzero = false;
  s->releasedPages = 0;
  s->freedAt = 0;
  arenaUsed_.store(used + bytes, std::memory_order_release);
  insertFree(s);
  return true;
}

void MHeap::initSpan(MSpan* s, uint8_t sizeclass, bool noscan, uintptr_t elemsize) {
  s->sizeclass = sizeclass;
  s->noscan = noscan;
  s->elemsize = elemsize;
  s->nelems = static_cast<uint32_t>(s->npages * kPageSize / elemsize);
  s->divMul = static_cast<uint32_t>(~uint32_t{0} / elemsize + 1);
  s->freeindex = 0;
  s->allocCount = 0;
  s->allocCache = ~uint64_t{0};
  s->incache = false;
  s->next = s->prev = nullptr;
  size_t words = s->bitmapWords();
  // One block: allocBits, gcmarkBits, checkmarkBits, the heap bits, then
  // the mark bytes (64 per bitmap word, so the sweep packs whole words).
  size_t heapWords = noscan ? 0 : s->npages * kPageSize / 8 / 64;
  auto* bits = static_cast<uint64_t*>(std::calloc(3 * words + heapWords + 8 * words, sizeof(uint64_t)));
  if (!bits) outOfMemory();
  s->bitmaps = bits;
  s->allocBits = bits;
  s->gcmarkBits = bits + words;
  s->checkmarkBits = bits + 2 * words;
  s->heapBits = noscan ? nullptr : bits + 3 * words;
  s->gcmarkBytes = reinterpret_cast<uint8_t*>(bits + 3 * words + heapWords);
  s->bitsType = nullptr;
  s->bitsMixed = false;
  s->sweepgen.store(sweepgen.load(std::memory_order_relaxed), std::memory_order_relaxed);
}

MSpan* MHeap::alloc(uintptr_t npages, uint8_t sizeclass, bool noscan, uintptr_t elemsize) {
  MSpan* s;
  {
    goji::rt::LockGuard l(lock_);
    auto it = free_.lower_bound({npages, 0});
    if (it == free_.end()) {
      if (!growLocked(npages)) outOfMemory();
      it = free_.lower_bound({npages, 0});
    }
    s = pages_[(it->second - arenaStart_) >> kPageShift];
    removeFree(s);
    if (s->npages > npages) {
      MSpan* rest = newSpanLocked();
      rest->base = s->base + npages * kPageSize;
      rest->npages = s->npages - npages;
      rest->needzero = s->needzero;
      rest->freedAt = s->freedAt;
      rest->releasedPages = s->releasedPages > npages ? s->releasedPages - npages : 0;
      s->releasedPages -= rest->releasedPages;
      s->npages = npages;
      insertFree(rest);
    }
    inusePages_ += npages;
    s->releasedPages = 0;
    setPages(s, s->base, npages);
    initSpan(s, sizeclass, noscan, elemsize);
    s->state = SpanState::InUse;
  }
  return s;
}

void MHeap::free(MSpan* s) {
  std::free(s->bitmaps);
  s->bitmaps = s->allocBits = s->gcmarkBits = s->checkmarkBits = s->heapBits = nullptr;
  s->gcmarkBytes = nullptr;
  goji::rt::LockGuard l(lock_);
  inusePages_ -= s->npages;
  s->needzero = true;
  s->freedAt = goji::rt::nanotime();
  s->state = SpanState::Free;
  s->releasedPages = 0;
  if (s->base > arenaStart_) {
    MSpan* before = pages_[(s->base - kPageSize - arenaStart_) >> kPageShift];
    if (before && before->state == SpanState::Free) {
      removeFree(before);
      s->base = before->base;
      s->npages += before->npages;
      s->releasedPages += before->releasedPages;
      s->freedAt = std::max(s->freedAt, before->freedAt);
      freeSpanStruct(before);
    }
  }
  uintptr_t end = s->base + s->npages * kPageSize;
  if (end < arenaUsed_.load(std::memory_order_relaxed)) {
    MSpan* after = pages_[(end - arenaStart_) >> kPageShift];
    if (after && after->state == SpanState::Free) {
      removeFree(after);
      s->npages += after->npages;
      s->releasedPages += after->releasedPages;
      s->freedAt = std::max(s->freedAt, after->freedAt);
      freeSpanStruct(after);
    }
  }
  // Interior pages of a free span must not lead the marker to a stale span.
  setPages(s, s->base, s->npages);
  insertFree(s);
}

uintptr_t MHeap::scavenge(int64_t minAge, uintptr_t retainBytes) {
  goji::rt::LockGuard l(lock_);
  int64_t now = goji::rt::nanotime();
  uintptr_t released = 0;
  uintptr_t resident = (freePages_ - releasedPages_) * kPageSize;
  // Largest spans first: they are the least likely to be reused soon.
  for (auto it = free_.rbegin(); it != free_.rend() && resident > retainBytes; ++it) {
    MSpan* s = pages_[(it->second - arenaStart_) >> kPageShift];
    if (s->releasedPages == s->npages || now - s->freedAt < minAge) continue;
    madvise(reinterpret_cast<void*>(s->base), s->npages * kPageSize, MADV_DONTNEED);
    uintptr_t newly = s->npages - s->releasedPages;
    releasedPages_ += newly;
    s->releasedPages = s->npages;
    s->needzero = false;
    released += newly * kPageSize;
    resident -= std::min(resident, newly * kPageSize);
  }
  return released;
}

HeapStats MHeap::stats() {
  goji::rt::LockGuard l(lock_);
  return HeapStats{arenaUsed_.load(std::memory_order_relaxed) - arenaStart_, inusePages_ * kPageSize,
                   freePages_ * kPageSize, releasedPages_ * kPageSize};
}

}  // namespace goji::gc
