// Marking (Go's mgcmark.go): shade the roots, then drain the grey objects
// on GOMAXPROCS markers until getfull says none is left.
//
// Invariants:
//   - The world is stopped for the whole mark: nothing allocates, and no
//     pointer moves. Marker threads are the collector's own and only read
//     the heap, set mark bytes and move workbufs.
//   - A mark byte is set with a plain store after a load saw it clear, so
//     two markers may both mark, count and queue one object; scanning it
//     twice is harmless, and the sweep counts the live objects exactly.
//   - An object is grey while it is in a workbuf, black once scanned; only
//     objects in spans that may hold pointers are ever grey. A large
//     object is queued as its start; scanning that queues its other
//     128 KiB oblets, so one huge array is not scanned by one marker.
//   - A pointer into the heap must lead to an allocated object: a pointer
//     to a free slot is a dangling root or a missing mark, and is fatal.
//   - A depth-first mark of a tree keeps its whole frontier in one small
//     workbuf that never fills, so a marker publishes half of its local
//     work (GcWork::balance) whenever another waits at getfull and the
//     full list is empty.
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "gc/mcache.h"
#include "gc/mgc.h"
#include "gc/mgcwork.h"
#include "vm/lock.h"
#include "vm/runtime.h"
#include "vm/sched.h"

namespace goji::gc {

namespace {

bool checkmarkMode = false;
bool parallel = false;
int32_t lastWorkers = 1;

// The object being scanned (0 while shading roots), for the report of a bad pointer.
thread_local uintptr_t scanning = 0;

[[noreturn]] void badPointer(MSpan* s, uintptr_t p, const char* what) {
  char buf[300];
  int n = std::snprintf(buf, sizeof buf, "%s: pointer %#" PRIxPTR " into span %#" PRIxPTR " (size class %u, elemsize %" PRIuPTR "), found in ",
                what, p, s->base, s->sizeclass, s->elemsize);
  if (MSpan* from = scanning ? mheap().spanOf(scanning) : nullptr) {
    std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), "object %#" PRIxPTR " (elemsize %" PRIuPTR ")", scanning, from->elemsize);
  } else {
    std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), "a root");
  }
  goji::rt::fatal(buf);
}

// Sets the mark of object i; false if it was already set. Two markers
// may both see it clear and both set it.
inline bool setMark(uint8_t* marks, uint32_t i) {
  if (__atomic_load_n(&marks[i], __ATOMIC_RELAXED)) return false;
  __atomic_store_n(&marks[i], 1, __ATOMIC_RELAXED);
  return true;
}

// Sets checkmark bit i (one marker: no other thread writes the word).
inline bool setCheckmark(uint64_t* bits, uint32_t i) {
  uint64_t bit = uint64_t{1} << (i % 64);
  if (bits[i / 64] & bit) return false;
  bits[i / 64] |= bit;
  return true;
}

// The span of the last pointer this marker followed: the objects a scan
// reaches are mostly neighbours, allocated together. Spans do not change
// while the world is stopped, so it is valid for one mark phase.
thread_local MSpan* lastSpan = nullptr;

inline MSpan* markSpanOf(uintptr_t p) {
  MSpan* s = lastSpan;
  if (s && p - s->base < s->npages * kPageSize) return s;
  s = mheap().spanOf(p);
  if (s) lastSpan = s;
  return s;
}

inline void greyobject(uintptr_t p, GcWork& gw) {
  MSpan* s = markSpanOf(p);
  if (!s) return;
  uint32_t i = 0;
  if (s->sizeclass != 0) {
    i = s->objIndex(p);
    if (i >= s->nelems) return;  // the tail of a span no object covers
  } else if (p - s->base >= s->elemsize) {
    return;
  }
  if (!s->isAllocated(i)) badPointer(s, p, "runtime: marked free object");
  if (checkmarkMode) {
    if (!setCheckmark(s->checkmarkBits, i)) return;
    if (!s->isMarked(i)) badPointer(s, p, "gccheckmark: reachable object left unmarked by the cycle");
  } else if (!setMark(s->gcmarkBytes, i)) {
    return;
  }
  gw.bytesMarked += s->elemsize;
  if (!s->noscan) gw.put(s->base + uintptr_t{i} * s->elemsize);
}

// A large object is scanned in oblets of at most this many bytes, so that
// other markers can take its later parts (Go's maxObletBytes).
constexpr uintptr_t kMaxObletBytes = 128 << 10;

// Shades every pointer word of the object at b (its heap bits say which).
// A b past the start of a large object is one of its oblets: the scan then
// covers that oblet only. Scanning a large object's start queues its other
// oblets.
void scanobject(uintptr_t b, GcWork& gw) {
  scanning = b;
  MSpan* s = markSpanOf(b);
  uintptr_t bytes = s->elemsize;
  if (s->sizeclass == 0 && bytes > kMaxObletBytes) {
    if (b == s->base) {
      for (uintptr_t o = b + kMaxObletBytes; o < s->base + s->elemsize; o += kMaxObletBytes) gw.put(o);
    }
    bytes = std::min(s->base + s->elemsize - b, kMaxObletBytes);
  }
  uintptr_t w0 = (b - s->base) / 8;
  uintptr_t n = bytes / 8;
  auto* words = reinterpret_cast<uintptr_t*>(b);
  for (uintptr_t i = 0; i < n;) {
    uintptr_t at = w0 + i;
    uint32_t off = at % 64;
    uintptr_t take = std::min<uintptr_t>(64 - off, n - i);
    uint64_t bits = s->heapBits[at / 64] >> off;
    if (take < 64) bits &= (uint64_t{1} << take) - 1;
    while (bits) {
      uintptr_t k = i + static_cast<uintptr_t>(__builtin_ctzll(bits));
      bits &= bits - 1;
      if (uintptr_t p = words[k]) greyobject(p, gw);
    }
    i += take;
  }
}

void drain(GcWork& gw) {
  lastSpan = nullptr;
  WorkLists& w = work();
  while (uintptr_t b = gw.get()) {
    scanobject(b, gw);
    if (parallel && w.full.empty() && w.nwait.load(std::memory_order_relaxed) > 0) gw.balance();
  }
}

void markRoots(GcWork& gw) {
  scanning = 0;
  lastSpan = nullptr;
  forEachRoot([&gw](void** slot) {
    if (uintptr_t p = reinterpret_cast<uintptr_t>(*slot)) greyobject(p, gw);
  });
  markFinalizerRoots([&gw](uintptr_t obj) { scanobject(obj, gw); },
                     [&gw](void** slot) {
                       if (uintptr_t p = reinterpret_cast<uintptr_t>(*slot)) greyobject(p, gw);
                     });
}

// The collector's marker threads: they sleep on their notes between mark
// phases and drain alongside the goroutine that runs the cycle.
struct Marker {
  goji::rt::Note start;
  std::thread thread;
};
std::vector<Marker*> markers;
std::atomic<int32_t> markersRunning{0};
std::atomic<uint64_t> markedByMarkers{0};
goji::rt::Note markersDone;

void markerLoop(Marker* m) {
  while (true) {
    m->start.sleep();
    m->start.clear();
    GcWork gw;
    drain(gw);
    gw.dispose();
    markedByMarkers.fetch_add(gw.bytesMarked);
    if (markersRunning.fetch_sub(1) == 1) markersDone.wakeup();
  }
}

int32_t markerCount() {
  static const int32_t cpus = static_cast<int32_t>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int32_t>(std::min<int64_t>(goji::rt::setMaxProcs(0), cpus));
}

// Drains all grey objects with n markers (this thread one of them).
uint64_t drainParallel(GcWork& gw, int32_t n) {
  work().nproc = static_cast<uint32_t>(n);
  work().nwait.store(0);
  parallel = n > 1;
  gw.dispose();  // let the other markers share the roots
  while (static_cast<int32_t>(markers.size()) < n - 1) {
    auto* m = new Marker();
    m->thread = std::thread(markerLoop, m);
    m->thread.detach();
    markers.push_back(m);
  }
  markedByMarkers.store(0);
  markersRunning.store(n - 1);
  markersDone.clear();
  for (int32_t i = 0; i < n - 1; i++) markers[static_cast<size_t>(i)]->start.wakeup();
  drain(gw);
  gw.dispose();
  if (n > 1) markersDone.sleep();
  parallel = false;
  return markedByMarkers.load();
}

}  // namespace

void markPhase(MarkStats* stats) {
  GcWork gw;
  gcphase = GcPhase::Scan;
  markRoots(gw);
  gcphase = GcPhase::Mark;
  int32_t n = markerCount();
  lastWorkers = n;
  uint64_t byMarkers = drainParallel(gw, n);
  // Unreached objects with finalizers are queued and kept, with all they
  // reach, until the finalizer has run.
  gcphase = GcPhase::MarkTermination;
  queueFinalizers([](uintptr_t obj) {
    MSpan* s = mheap().spanOf(obj);
    return s->isMarked(s->sizeclass ? s->objIndex(obj) : 0);
  },
                  [&gw](uintptr_t obj) { greyobject(obj, gw); });
  work().nproc = 1;
  drain(gw);
  gw.dispose();
  stats->bytesMarked = gw.bytesMarked + byMarkers;
}

int32_t markWorkers() { return lastWorkers; }

void checkmarkPhase() {
  for (uint32_t i = 0, n = mheap().nspans(); i < n; i++) {
    MSpan* s = mheap().span(i);
    if (s->state == SpanState::InUse) std::fill(s->checkmarkBits, s->checkmarkBits + s->bitmapWords(), 0);
  }
  checkmarkMode = true;
  GcWork gw;
  markRoots(gw);
  work().nproc = 1;
  drain(gw);
  gw.dispose();
  checkmarkMode = false;
}

}  // namespace goji::gc
