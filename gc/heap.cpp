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

// Chunks are 64 MiB of address space, committed lazily by the kernel.
constexpr uint64_t kChunkSize = uint64_t{64} << 20;

struct Chunk {
  uint8_t* start;
  uint8_t* bump;
  uint8_t* end;
};

std::mutex mu;                   // guards everything below
std::vector<Chunk*> chunks;      // sorted by start; chunks are never freed
Chunk* current = nullptr;
uint64_t allocated = 0, objects = 0;

uint8_t* mapChunk(uint64_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::fprintf(stderr, "fatal error: out of memory\n");
    std::_Exit(2);
  }
  return static_cast<uint8_t*>(p);
}

Chunk* newChunk(uint64_t minSize) {
  uint64_t size = std::max(kChunkSize, (minSize + kPageSize - 1) & ~(kPageSize - 1));
  uint8_t* p = mapChunk(size);
  Chunk* c = new Chunk{p, p, p + size};
  auto it = std::upper_bound(chunks.begin(), chunks.end(), c, [](const Chunk* a, const Chunk* b) { return a->start < b->start; });
  chunks.insert(it, c);
  return c;
}

}  // namespace

void* mallocgc(uint64_t size, const rt::TypeDesc* t) {
  (void)t;
  if (size == 0) size = 1;  // distinct addresses, as long as nothing is freed
  uint64_t rounded = roundUpSize(size);
  uint64_t align = rounded >= 16 ? 16 : 8;
  std::lock_guard<std::mutex> lock(mu);
  if (!current || static_cast<uint64_t>(current->end - current->bump) < rounded + align) {
    // A huge object gets its own chunk; the current chunk stays current.
    if (rounded > kChunkSize / 4) {
      Chunk* c = newChunk(rounded);
      c->bump = c->start + rounded;
      allocated += rounded;
      objects++;
      return c->start;
    }
    current = newChunk(rounded);
  }
  uint8_t* p = reinterpret_cast<uint8_t*>((reinterpret_cast<uintptr_t>(current->bump) + align - 1) & ~(align - 1));
  current->bump = p + rounded;
  allocated += rounded;
  objects++;
  return p;
}

bool isHeapPointer(const void* p) {
  const uint8_t* q = static_cast<const uint8_t*>(p);
  std::lock_guard<std::mutex> lock(mu);
  auto it = std::upper_bound(chunks.begin(), chunks.end(), q, [](const uint8_t* a, const Chunk* c) { return a < c->start; });
  if (it == chunks.begin()) return false;
  --it;
  return q >= (*it)->start && q < (*it)->bump;
}

HeapStats heapStats() {
  std::lock_guard<std::mutex> lock(mu);
  return HeapStats{allocated, objects};
}

}  // namespace goji::gc
