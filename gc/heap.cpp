// Allocation without a collector: bump allocation from mmap'd chunks.
//
// Invariants:
//   - Chunks are 64 MiB of address space, 2 MiB aligned and marked for
//     transparent huge pages, so a program allocating hundreds of MiB takes
//     hundreds of page faults rather than tens of thousands. Their memory is
//     zero on arrival and never reused, so objects need no explicit zeroing.
//   - Each thread bump-allocates small objects without a lock from its own
//     cache, a run of kCacheBytes it takes from the current chunk under mu
//     (the place Go's mcache takes spans from mcentral). Large objects are
//     allocated under mu directly.
//   - isHeapPointer accepts exactly the bytes handed out: what chunks gave
//     to caches or large objects, minus the calling thread's unused cache
//     tail (other threads' tails count as allocated: the check is for the
//     current goroutine's own roots).
#include "gc/heap.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "gc/sizeclass.h"

namespace goji::gc {

namespace {

constexpr uint64_t kChunkSize = uint64_t{64} << 20;
constexpr uint64_t kHugePage = uint64_t{2} << 20;
constexpr uint64_t kCacheBytes = uint64_t{256} << 10;

struct Chunk {
  uint8_t* start;
  uint8_t* bump;
  uint8_t* end;
};

struct Cache {
  uint8_t* bump;
  uint8_t* end;
};

std::mutex mu;               // guards chunks and current
std::vector<Chunk*> chunks;  // sorted by start; chunks are never freed
Chunk* current = nullptr;
thread_local Cache cache;

uint8_t* mapChunk(uint64_t size) {
  void* p = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::fprintf(stderr, "fatal error: out of memory\n");
    std::_Exit(2);
  }
  auto* base = static_cast<uint8_t*>(p);
  auto* aligned = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(base) + kHugePage - 1) & ~(kHugePage - 1));
  if (aligned > base) munmap(base, static_cast<size_t>(aligned - base));
  munmap(aligned + size, static_cast<size_t>(base + size + kHugePage - (aligned + size)));
  madvise(aligned, size, MADV_HUGEPAGE);
  return aligned;
}

Chunk* newChunk(uint64_t minSize) {
  uint64_t size = std::max(kChunkSize, (minSize + kHugePage - 1) & ~(kHugePage - 1));
  uint8_t* p = mapChunk(size);
  Chunk* c = new Chunk{p, p, p + size};
  auto it = std::upper_bound(chunks.begin(), chunks.end(), c, [](const Chunk* a, const Chunk* b) { return a->start < b->start; });
  chunks.insert(it, c);
  return c;
}

// Takes size bytes (a multiple of 16) from the current chunk; caller holds mu.
uint8_t* takeFromChunk(uint64_t size) {
  if (size > kChunkSize / 4) {
    Chunk* c = newChunk(size);  // a huge object gets its own chunk; the current one stays current
    c->bump = c->start + size;
    return c->start;
  }
  if (!current || static_cast<uint64_t>(current->end - current->bump) < size) current = newChunk(size);
  uint8_t* p = current->bump;
  current->bump += size;
  return p;
}

}  // namespace

void* mallocgc(uint64_t size, const rt::TypeDesc* t) {
  (void)t;
  if (size == 0) size = 1;  // distinct addresses, as long as nothing is freed
  uint64_t rounded = roundUpSize(size);
  if (rounded > kMaxSmallSize) {
    std::lock_guard<std::mutex> lock(mu);
    return takeFromChunk((rounded + 15) & ~uint64_t{15});
  }
  uint64_t align = rounded >= 16 ? 16 : 8;
  auto* p = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(cache.bump) + align - 1) & ~(align - 1));
  if (p + rounded > cache.end) {
    std::lock_guard<std::mutex> lock(mu);
    p = takeFromChunk(kCacheBytes);
    cache.end = p + kCacheBytes;
  }
  cache.bump = p + rounded;
  return p;
}

bool isHeapPointer(const void* p) {
  const uint8_t* q = static_cast<const uint8_t*>(p);
  if (q >= cache.bump && q < cache.end) return false;
  std::lock_guard<std::mutex> lock(mu);
  auto it = std::upper_bound(chunks.begin(), chunks.end(), q, [](const uint8_t* a, const Chunk* c) { return a < c->start; });
  if (it == chunks.begin()) return false;
  --it;
  return q >= (*it)->start && q < (*it)->bump;
}

}  // namespace goji::gc
