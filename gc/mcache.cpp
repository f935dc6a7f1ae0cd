// mcache and mcentral: see mcache.h.
#include "gc/mcache.h"

#include "gc/mgc.h"

namespace goji::gc {

void SpanList::insertFront(MSpan* s) {
  s->prev = &head;
  s->next = head.next;
  head.next->prev = s;
  head.next = s;
}

void SpanList::insertBack(MSpan* s) {
  s->next = &head;
  s->prev = head.prev;
  head.prev->next = s;
  head.prev = s;
}

void SpanList::remove(MSpan* s) {
  s->prev->next = s->next;
  s->next->prev = s->prev;
  s->next = s->prev = nullptr;
}

MCentral& mcentral(int spanclass) {
  static MCentral* centrals = [] {
    auto* c = new MCentral[kNumSpanClasses];
    for (int i = 0; i < kNumSpanClasses; i++) {
      c[i].sizeclass = static_cast<uint8_t>(i / 2);
      c[i].noscan = i % 2;
    }
    return c;
  }();
  return centrals[spanclass];
}

namespace {

void refillAllocCache(MSpan* s, uint32_t word) { s->allocCache = ~s->allocBits[word]; }

// After a sweep (or a fresh span), the cache starts at freeindex.
void resetAllocCache(MSpan* s) {
  refillAllocCache(s, s->freeindex / 64);
  uint32_t shift = s->freeindex % 64;
  s->allocCache = shift ? s->allocCache >> shift : s->allocCache;
}

}  // namespace

uint32_t nextFreeIndex(MSpan* s) {
  uint32_t sfreeindex = s->freeindex;
  uint32_t snelems = s->nelems;
  if (sfreeindex == snelems) return sfreeindex;
  uint64_t aCache = s->allocCache;
  while (aCache == 0) {
    sfreeindex = (sfreeindex + 64) & ~uint32_t{63};
    if (sfreeindex >= snelems) {
      s->freeindex = snelems;
      return snelems;
    }
    refillAllocCache(s, sfreeindex / 64);
    aCache = s->allocCache;
  }
  uint32_t bitIndex = static_cast<uint32_t>(__builtin_ctzll(aCache));
  uint32_t result = sfreeindex + bitIndex;
  if (result >= snelems) {
    s->freeindex = snelems;
    return snelems;
  }
  s->allocCache = bitIndex == 63 ? 0 : s->allocCache >> (bitIndex + 1);
  sfreeindex = result + 1;
  if (sfreeindex % 64 == 0 && sfreeindex != snelems) refillAllocCache(s, sfreeindex / 64);
  s->freeindex = sfreeindex;
  return result;
}

MSpan* MCentral::cacheSpan() {
  uint32_t sg = mheap().sweepgen.load(std::memory_order_acquire);
  MSpan* s = nullptr;
  lock_.lock();
retry:
  for (s = nonempty_.head.next; s != &nonempty_.head; s = s->next) {
    if (s->claimSweep(sg)) {
      SpanList::remove(s);
      empty_.insertBack(s);
      lock_.unlock();
      sweepSpan(s, true);
      goto havespan;
    }
    if (s->sweepgen.load() == sg - 1) continue;  // the background sweeper has it
    SpanList::remove(s);
    empty_.insertBack(s);
    lock_.unlock();
    goto havespan;
  }
  for (s = empty_.head.next; s != &empty_.head; s = s->next) {
    if (s->claimSweep(sg)) {
      // Swept spans go to the back, so the unswept ones stay in front.
      SpanList::remove(s);
      empty_.insertBack(s);
      lock_.unlock();
      sweepSpan(s, true);
      if (s->allocCount < s->nelems) goto havespan;
      lock_.lock();
      goto retry;
    }
    if (s->sweepgen.load() == sg - 1) continue;
    break;  // swept and full: so is every span behind it
  }
  lock_.unlock();
  s = mheap().alloc(classToNPages(sizeclass), sizeclass, noscan, classToSize(sizeclass));
  lock_.lock();
  empty_.insertBack(s);
  lock_.unlock();
havespan:
  s->incache = true;
  resetAllocCache(s);
  noteSpanCached(s);
  return s;
}

void MCentral::uncacheSpan(MSpan* s) {
  noteSpanUncached(s);
  goji::rt::LockGuard l(lock_);
  s->incache = false;
  if (s->allocCount < s->nelems) {
    SpanList::remove(s);
    nonempty_.insertBack(s);
  }
}

bool MCentral::freeSpan(MSpan* s, uint32_t nfreed, bool preserve) {
  uint32_t sg = mheap().sweepgen.load(std::memory_order_relaxed);
  lock_.lock();
  // A span on the empty list now has free objects (unless a cache is about to take it).
  if (!preserve && nfreed > 0 && s->allocCount + nfreed == s->nelems) {
    SpanList::remove(s);
    nonempty_.insertBack(s);
  }
  s->sweepgen.store(sg, std::memory_order_release);
  if (preserve || s->allocCount != 0) {
    lock_.unlock();
    return false;
  }
  SpanList::remove(s);
  lock_.unlock();
  mheap().free(s);
  return true;
}

void* MCache::nextFree(int spanclass, bool* refilled) {
  MSpan* s = alloc[spanclass];
  if (s) {
    uint32_t i = nextFreeIndex(s);
    if (i < s->nelems) {
      s->allocCount++;
      return reinterpret_cast<void*>(s->base + uintptr_t{i} * s->elemsize);
    }
    mcentral(spanclass).uncacheSpan(s);
  }
  s = mcentral(spanclass).cacheSpan();
  alloc[spanclass] = s;
  *refilled = true;
  uint32_t i = nextFreeIndex(s);
  s->allocCount++;
  return reinterpret_cast<void*>(s->base + uintptr_t{i} * s->elemsize);
}

void MCache::releaseAll() {
  for (int i = 0; i < kNumSpanClasses; i++) {
    if (MSpan* s = alloc[i]) {
      mcentral(i).uncacheSpan(s);
      alloc[i] = nullptr;
    }
  }
}

}  // namespace goji::gc
