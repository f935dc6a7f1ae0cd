// Sweeping (Go's mgcsweep.go): after a mark, a span's mark bytes, packed
// into bits, become its allocation bits, unmarked objects are free, and
// empty spans go back to the heap.
//
// Invariants:
//   - Only the goroutine that CASed a span's sweepgen from sg-2 to sg-1
//     sweeps it, and it stores sg when done; the collector sweeps whatever
//     is left before the next mark (finishSweep), so a mark never sees an
//     unswept span.
//   - The sweeper walks the span pool by index up to its size when the
//     cycle began: spans made later are born swept.
#include <emmintrin.h>

#include <atomic>
#include <cstring>

#include "gc/mcache.h"
#include "gc/mgc.h"
#include "gc/mstats.h"

namespace goji::gc {

namespace {

std::atomic<uint32_t> sweepIndex{0};
std::atomic<uint32_t> sweepLimit{0};

constexpr uint32_t kClobberPattern = 0xdeadbeef;

void clobber(uintptr_t p, uintptr_t n) {
  auto* w = reinterpret_cast<uint32_t*>(p);
  for (uintptr_t i = 0; i < n / 4; i++) w[i] = kClobberPattern;
}

// The 64 mark bytes at marks (each 0 or 1) as a word of bits.
uint64_t packMarks(const uint8_t* marks) {
  uint64_t bits = 0;
  for (int i = 0; i < 64; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(marks + i));
    bits |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(_mm_slli_epi16(v, 7)))} << i;
  }
  return bits;
}

}  // namespace

void startSweepCycle() {
  sweepLimit.store(mheap().nspans(), std::memory_order_relaxed);
  sweepIndex.store(0, std::memory_order_release);
}

bool sweepSpan(MSpan* s, bool preserve) {
  uint32_t sg = mheap().sweepgen.load(std::memory_order_relaxed);
  if (s->sizeclass == 0) {
    if (s->isMarked(0)) {
      s->gcmarkBytes[0] = 0;
      s->allocBits[0] = 1;
      s->sweepgen.store(sg, std::memory_order_release);
      return false;
    }
    countFrees(0, 1, s->elemsize);
    if (gcdebug.clobberfree) clobber(s->base, s->elemsize);
    s->sweepgen.store(sg, std::memory_order_release);
    mheap().free(s);
    return true;
  }
  uint32_t words = s->bitmapWords();
  uint32_t live = 0;
  for (uint32_t w = 0; w < words; w++) {
    s->gcmarkBits[w] = packMarks(s->gcmarkBytes + 64 * w);
    live += static_cast<uint32_t>(__builtin_popcountll(s->gcmarkBits[w]));
  }
  uint32_t nfreed = s->allocCount - live;
  if (nfreed > 0 && gcdebug.clobberfree) {
    for (uint32_t i = 0; i < s->nelems; i++) {
      if (s->isAllocated(i) && !s->isMarked(i)) clobber(s->base + uintptr_t{i} * s->elemsize, s->elemsize);
    }
  }
  std::swap(s->allocBits, s->gcmarkBits);
  std::memset(s->gcmarkBytes, 0, 64 * size_t{words});
  s->freeindex = 0;
  s->allocCount = live;
  s->allocCache = ~s->allocBits[0];
  if (nfreed > 0) {
    s->needzero = true;
    countFrees(s->sizeclass, nfreed, uint64_t{nfreed} * s->elemsize);
  }
  if (preserve || nfreed == 0) {
    s->sweepgen.store(sg, std::memory_order_release);
    return false;
  }
  return mcentral(spanClass(s->sizeclass, s->noscan)).freeSpan(s, nfreed, false);
}

bool sweepone() {
  uint32_t sg = mheap().sweepgen.load(std::memory_order_acquire);
  while (true) {
    uint32_t i = sweepIndex.fetch_add(1, std::memory_order_relaxed);
    if (i >= sweepLimit.load(std::memory_order_relaxed)) return false;
    MSpan* s = mheap().span(i);
    if (s->state != SpanState::InUse || s->incache) continue;
    if (!s->claimSweep(sg)) continue;
    sweepSpan(s, false);
    return true;
  }
}

}  // namespace goji::gc
