// The heap and the collector's parts without a running program: size
// classes, span allocation and objectstart on interior pointers, heap bits
// written from a type, sweeping, and the workbuf lists under contention
// (also built with ThreadSanitizer in goji-sched-tests).
#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <thread>
#include <vector>

#include "gc/heap.h"
#include "gc/mcache.h"
#include "gc/mgc.h"
#include "gc/mgcwork.h"
#include "gc/mheap.h"
#include "gc/sizeclass.h"
#include "vm/rt_types.h"

using namespace goji::gc;

TEST_CASE("size classes round up as Go 1.19's", "[heap]") {
  CHECK(roundUpSize(1) == 8);
  CHECK(roundUpSize(9) == 16);
  CHECK(roundUpSize(33) == 48);
  CHECK(roundUpSize(1025) == 1152);
  CHECK(roundUpSize(32768) == 32768);
  CHECK(roundUpSize(32769) == 40960);
  for (uint64_t s = 1; s <= kMaxSmallSize; s++) {
    uint8_t c = sizeToClass(s);
    REQUIRE(classToSize(c) >= s);
    REQUIRE(classToSize(static_cast<uint8_t>(c - 1)) < s);
    REQUIRE(classToNPages(c) * kPageSize / classToSize(c) >= 1);
  }
}

TEST_CASE("spanOf finds the object of an interior pointer", "[heap]") {
  auto* p = static_cast<uint8_t*>(mallocgc(40, nullptr));  // size class 48
  MSpan* s = mheap().spanOf(reinterpret_cast<uintptr_t>(p + 47));
  REQUIRE(s);
  CHECK(s->elemsize == 48);
  uint32_t i = s->objIndex(reinterpret_cast<uintptr_t>(p + 47));
  CHECK(s->base + i * s->elemsize == reinterpret_cast<uintptr_t>(p));
  CHECK(isHeapPointer(p + 20));
  int onStack = 0;
  CHECK_FALSE(isHeapPointer(&onStack));

  auto* big = static_cast<uint8_t*>(mallocgc(100000, nullptr));
  MSpan* bs = mheap().spanOf(reinterpret_cast<uintptr_t>(big + 99999));
  REQUIRE(bs);
  CHECK(bs->sizeclass == 0);
  CHECK(bs->base == reinterpret_cast<uintptr_t>(big));
  CHECK(isHeapPointer(big + 5000));
}

TEST_CASE("sweeping packs the mark bytes into the allocation bits and clears them", "[heap]") {
  uint8_t cls = sizeToClass(16);
  MSpan* s = mheap().alloc(classToNPages(cls), cls, true, classToSize(cls));
  REQUIRE(s->nelems == 512);
  s->freeindex = s->nelems;
  s->allocCount = s->nelems;
  const std::set<uint32_t> marked{0, 1, 63, 64, 130, 200, 511};
  for (uint32_t i : marked) s->gcmarkBytes[i] = 1;
  CHECK(s->isMarked(130));
  CHECK_FALSE(s->isMarked(131));
  sweepSpan(s, true);
  CHECK(s->allocCount == marked.size());
  CHECK(s->freeindex == 0);
  for (uint32_t i = 0; i < s->nelems; i++) {
    REQUIRE(s->isAllocated(i) == (marked.count(i) == 1));
    REQUIRE_FALSE(s->isMarked(i));
  }
  mheap().free(s);
}

TEST_CASE("allocations are zeroed and distinct; zero-sized ones share an address", "[heap]") {
  std::set<void*> seen;
  for (int i = 0; i < 10000; i++) {
    auto* p = static_cast<uint64_t*>(mallocgc(24, nullptr));
    REQUIRE(p[0] == 0);
    REQUIRE(p[2] == 0);
    p[0] = p[1] = p[2] = ~uint64_t{0};
    REQUIRE(seen.insert(p).second);
  }
  CHECK(mallocgc(0, nullptr) == mallocgc(0, nullptr));
}

TEST_CASE("heap bits repeat the type's mask over an array", "[heap]") {
  // {int, *T, int}: the pointer is word 1 of every 3.
  const goji::rt::TypeDesc* t = goji::rt::runtimeType("test.T", 24, {8});
  auto* p = static_cast<uint8_t*>(mallocgc(24 * 5, t));
  MSpan* s = mheap().spanOf(reinterpret_cast<uintptr_t>(p));
  REQUIRE(s);
  REQUIRE_FALSE(s->noscan);
  uintptr_t w0 = (reinterpret_cast<uintptr_t>(p) - s->base) / 8;
  for (uintptr_t w = 0; w < s->elemsize / 8; w++) {
    bool bit = s->heapBits[(w0 + w) / 64] >> ((w0 + w) % 64) & 1;
    INFO("word " << w);
    CHECK(bit == (w < 15 && w % 3 == 1));
  }
  auto* q = mallocgc(64, nullptr);
  CHECK(mheap().spanOf(reinterpret_cast<uintptr_t>(q))->noscan);
}

TEST_CASE("heap bits of single objects are rewritten in full, across bitmap words", "[heap]") {
  // {*T, int, *T, int, int, *T} in the 48-byte class: 6 words, so some
  // objects straddle two bitmap words. Stale bits (set here by hand, as a
  // freed object's would be) must be cleared by the allocation.
  const goji::rt::TypeDesc* t = goji::rt::runtimeType("test.U", 48, {0, 16, 40});
  auto* first = static_cast<uint8_t*>(mallocgc(48, t));
  MSpan* s = mheap().spanOf(reinterpret_cast<uintptr_t>(first));
  REQUIRE(s);
  uintptr_t next = (reinterpret_cast<uintptr_t>(first) - s->base) / 8 + 6;
  for (uintptr_t w = next; w < s->npages * kPageSize / 8; w++) s->heapBits[w / 64] |= uint64_t{1} << (w % 64);
  s->bitsType = nullptr;  // as if objects of another type had lived here
  s->bitsMixed = true;
  for (int i = 0; i < 200; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(48, t));
    MSpan* ps = mheap().spanOf(reinterpret_cast<uintptr_t>(p));
    uintptr_t w0 = (reinterpret_cast<uintptr_t>(p) - ps->base) / 8;
    for (uintptr_t w = 0; w < 6; w++) {
      bool bit = ps->heapBits[(w0 + w) / 64] >> ((w0 + w) % 64) & 1;
      INFO("object " << i << " word " << w);
      REQUIRE(bit == (w == 0 || w == 2 || w == 5));
    }
  }
}

TEST_CASE("objects of two types sharing spans each get their own heap bits", "[heap]") {
  // A span first filled with A's bits must be rewritten slot by slot once
  // B appears, and A's later objects must not trust the span's old bits.
  const goji::rt::TypeDesc* a = goji::rt::runtimeType("test.A", 80, {8, 64});
  const goji::rt::TypeDesc* b = goji::rt::runtimeType("test.B", 80, {0, 16, 24, 72});
  std::vector<std::pair<uint8_t*, const goji::rt::TypeDesc*>> objs;
  for (int i = 0; i < 600; i++) {
    const goji::rt::TypeDesc* t = (i / 7) % 2 ? b : a;
    objs.emplace_back(static_cast<uint8_t*>(mallocgc(80, t)), t);
  }
  for (size_t i = 0; i < objs.size(); i++) {
    auto [p, t] = objs[i];
    MSpan* s = mheap().spanOf(reinterpret_cast<uintptr_t>(p));
    REQUIRE(s);
    uintptr_t w0 = (reinterpret_cast<uintptr_t>(p) - s->base) / 8;
    for (uintptr_t w = 0; w < s->elemsize / 8; w++) {
      bool bit = s->heapBits[(w0 + w) / 64] >> ((w0 + w) % 64) & 1;
      bool want = t == a ? (w == 1 || w == 8) : (w == 0 || w == 2 || w == 3 || w == 9);
      INFO("object " << i << " word " << w);
      REQUIRE(bit == want);
    }
  }
}

TEST_CASE("the workbuf lists lose no object under contention", "[heap][workbuf]") {
  constexpr int kThreads = 4;
  constexpr uintptr_t kPerThread = 20000;
  work().nproc = kThreads;
  work().nwait.store(0);
  std::atomic<uint64_t> sum{0};
  std::atomic<uint64_t> count{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([t, &sum, &count] {
      GcWork gw;
      for (uintptr_t i = 1; i <= kPerThread; i++) gw.put(t * kPerThread + i);
      gw.dispose();
      while (uintptr_t v = gw.get()) {
        sum.fetch_add(v);
        count.fetch_add(1);
        if (work().full.empty()) gw.balance();
      }
      gw.dispose();
    });
  }
  for (auto& th : threads) th.join();
  uint64_t n = kThreads * kPerThread;
  CHECK(count.load() == n);
  CHECK(sum.load() == n * (n + 1) / 2);
}

TEST_CASE("balance publishes the older half of a marker's only buffer", "[heap][workbuf]") {
  work().nproc = 1;
  GcWork gw;
  for (uintptr_t i = 1; i <= 10; i++) gw.put(i);
  gw.balance();
  Workbuf* shared = work().full.pop();
  REQUIRE(shared != nullptr);
  CHECK(work().full.pop() == nullptr);
  CHECK(std::vector<uintptr_t>(shared->obj, shared->obj + shared->nobj) == std::vector<uintptr_t>{1, 2, 3, 4, 5});
  putempty(shared);
  std::vector<uintptr_t> kept;
  while (uintptr_t v = gw.get()) kept.push_back(v);
  CHECK(kept == std::vector<uintptr_t>{10, 9, 8, 7, 6});
  gw.dispose();
}

TEST_CASE("balance publishes a marker's second buffer whole", "[heap][workbuf]") {
  work().nproc = 1;
  GcWork gw;
  uintptr_t n = kWorkbufEntries + 3;
  for (uintptr_t i = 1; i <= n; i++) gw.put(i);
  gw.balance();
  Workbuf* shared = work().full.pop();
  REQUIRE(shared != nullptr);
  CHECK(shared->nobj == kWorkbufEntries);
  CHECK(shared->obj[0] == 1);
  putempty(shared);
  uintptr_t kept = 0;
  while (gw.get()) kept++;
  CHECK(kept == 3);
  gw.dispose();
}
