// mallocgc: small objects from the P's mcache (a lock-free bump through the
// span's free bits), large ones from a span of their own; the heap bits of
// objects with pointers written from their type at allocation.
//
// Invariants:
//   - Memory handed out is zero: fresh pages are, and a span that has ever
//     been swept or reused (needzero) has each object cleared as it is taken.
//   - A scan span's heap bits for an object are rewritten in full at its
//     allocation (one bit per word, the type's mask repeated per element);
//     words past the type's pointer data stay clear.
//   - A thread without a P allocates from a shared cache under a lock that
//     the collector holds for its whole cycle.
#include <algorithm>
#include <cstring>
#include <mutex>

#include "gc/heap.h"
#include "gc/mcache.h"
#include "gc/mgc.h"

namespace goji::gc {

namespace {

// The address of zero-sized objects, as Go's zerobase.
alignas(16) uint64_t zerobase;

// Sets bits [from, from+n) to ones (value ~0) or zeros (value 0), a word at a time.
void fillBits(uint64_t* b, uintptr_t from, uintptr_t n, uint64_t value) {
  while (n > 0) {
    uint32_t off = from % 64;
    uintptr_t k = std::min<uintptr_t>(64 - off, n);
    uint64_t m = (k == 64 ? ~uint64_t{0} : (uint64_t{1} << k) - 1) << off;
    b[from / 64] = (b[from / 64] & ~m) | (value & m);
    from += k;
    n -= k;
  }
}

// Writes the bits of one object of at most 64 words at word w0: its type's
// mask, and zero for the rest of its nw words.
inline void writeObjectBits(uint64_t* heapBits, uintptr_t w0, uintptr_t nw, uint64_t mask) {
  uint64_t span = nw == 64 ? ~uint64_t{0} : (uint64_t{1} << nw) - 1;
  uint32_t off = w0 % 64;
  uint64_t* hb = &heapBits[w0 / 64];
  hb[0] = (hb[0] & ~(span << off)) | mask << off;
  if (off + nw > 64) hb[1] = (hb[1] & ~(span >> (64 - off))) | mask >> (64 - off);
}

// The pointer bits of t's first 64 words.
uint64_t firstMaskWord(const rt::TypeDesc* t) {
  uint64_t mask = 0;
  std::memcpy(&mask, t->gcmask, std::min<uint64_t>(8, (t->ptrdata / 8 + 7) / 8));
  return mask;
}

// Writes the heap bits of an object of size bytes (count elements of t) at x.
// A span whose objects so far are all one type t of at most 64 words has
// t's bits written over every slot at its first allocation (bitsType): a
// later object of t, in a slot swept free or never used, finds its bits
// already right.
void heapBitsSetType(MSpan* s, uintptr_t x, uint64_t size, const rt::TypeDesc* t) {
  uintptr_t w0 = (x - s->base) / 8;
  uintptr_t nw = s->elemsize / 8;
  if (nw <= 64 && size == t->size) {
    if (s->bitsType == t) return;
    uint64_t mask = firstMaskWord(t);
    if (s->bitsType == nullptr && !s->bitsMixed) {
      for (uint32_t i = 0; i < s->nelems; i++) writeObjectBits(s->heapBits, uintptr_t{i} * nw, nw, mask);
      s->bitsType = t;
      return;
    }
    writeObjectBits(s->heapBits, w0, nw, mask);
    s->bitsType = nullptr;
    s->bitsMixed = true;
    return;
  }
  s->bitsType = nullptr;
  s->bitsMixed = true;
  uint64_t elemWords = t->size / 8;
  uint64_t count = size / t->size;
  if (elemWords == 1) {  // arrays of pointers
    fillBits(s->heapBits, w0, count, ~uint64_t{0});
    fillBits(s->heapBits, w0 + count, nw - count, 0);
    return;
  }
  uint64_t maskWords = t->ptrdata / 8;
  if (elemWords <= 64) {  // arrays of small elements: a word or two of bits each
    uint64_t mask = firstMaskWord(t);
    for (uint64_t e = 0; e < count; e++) writeObjectBits(s->heapBits, w0 + e * elemWords, elemWords, mask);
    fillBits(s->heapBits, w0 + count * elemWords, nw - count * elemWords, 0);
    return;
  }
  fillBits(s->heapBits, w0, nw, 0);
  for (uint64_t e = 0; e < count; e++) {
    uintptr_t base = w0 + e * elemWords;
    for (uint64_t w = 0; w < maskWords; w++) {
      if (t->gcmask[w / 8] >> (w % 8) & 1) s->heapBits[(base + w) / 64] |= uint64_t{1} << ((base + w) % 64);
    }
  }
}

std::mutex sharedCacheLock;
MCache sharedCache;

void* allocLarge(uint64_t size, bool noscan) {
  uintptr_t npages = (size + kPageSize - 1) >> kPageShift;
  MSpan* s = mheap().alloc(npages, 0, noscan, npages * kPageSize);
  if (s->needzero) std::memset(reinterpret_cast<void*>(s->base), 0, npages * kPageSize);
  s->freeindex = 1;
  s->allocCount = 1;
  noteLargeAlloc(s);
  return reinterpret_cast<void*>(s->base);
}

// Clears a small object: most are a few words, not worth a call.
inline void memclrSmall(void* x, uintptr_t n) {
  if (n > 32) {
    std::memset(x, 0, n);
    return;
  }
  auto* w = static_cast<uint64_t*>(x);
  w[0] = 0;
  if (n > 8) w[1] = 0;
  if (n > 16) w[2] = 0;
  if (n > 24) w[3] = 0;
}

void* allocFrom(MCache* c, uint64_t size, const rt::TypeDesc* t) {
  bool noscan = !t || t->ptrdata == 0;
  void* x;
  MSpan* s;
  if (size <= kMaxSmallSize) {
    int sc = spanClass(sizeToClass(size), noscan);
    s = c->alloc[sc];
    uintptr_t v = s ? nextFreeFast(s) : 0;
    if (v) {
      x = reinterpret_cast<void*>(v);
    } else {
      bool refilled = false;
      x = c->nextFree(sc, &refilled);
      s = c->alloc[sc];
    }
    if (s->needzero) memclrSmall(x, s->elemsize);
  } else {
    x = allocLarge(size, noscan);
    s = mheap().spanOf(reinterpret_cast<uintptr_t>(x));
  }
  if (!noscan) heapBitsSetType(s, reinterpret_cast<uintptr_t>(x), size, t);
  if (gcdebug.stress) noteStressAlloc(c);
  return x;
}

}  // namespace

void* mallocgcFrom(MCache* c, uint64_t size, const rt::TypeDesc* t) {
  return size == 0 ? &zerobase : allocFrom(c, size, t);
}

void* mallocgc(uint64_t size, const rt::TypeDesc* t) {
  if (MCache* c = currentMCache()) return mallocgcFrom(c, size, t);
  if (size == 0) return &zerobase;
  std::lock_guard<std::mutex> lock(sharedCacheLock);
  return allocFrom(&sharedCache, size, t);
}

// The collector holds the shared cache for its whole cycle and flushes it
// with the Ps' caches.
void lockSharedCache() { sharedCacheLock.lock(); }
void unlockSharedCache() { sharedCacheLock.unlock(); }
MCache* sharedMCache() { return &sharedCache; }

// Safe while the sweeper runs, as gcverifyroots needs: the bits of a span
// being swept are in flux, so any object in it counts; an unswept span's
// live objects are allocated or marked; a sweep that starts while we read
// (the span's sweepgen moves) voids the reading.
bool isHeapPointer(const void* p) {
  if (p == &zerobase) return true;
  auto a = reinterpret_cast<uintptr_t>(p);
  MSpan* s = mheap().spanOf(a);
  if (!s) return false;
  uint32_t i = s->sizeclass ? s->objIndex(a) : 0;
  if (i >= s->nelems) return false;
  uint32_t sg = mheap().sweepgen.load(std::memory_order_acquire);
  uint32_t spanSg = s->sweepgen.load(std::memory_order_acquire);
  if (spanSg == sg - 1) return true;
  bool allocated = s->isAllocated(i) || (spanSg == sg - 2 && s->isMarked(i));
  std::atomic_thread_fence(std::memory_order_acquire);
  return allocated || s->sweepgen.load(std::memory_order_relaxed) != spanSg;
}

}  // namespace goji::gc
