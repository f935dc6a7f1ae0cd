// Garbage collector (GC).
//
// goji's collector is a precise, non-moving mark-sweep collector built from
// the machinery of Go's 2014 concurrent collector (mgc0.c on dev.garbage):
// phases, work buffers on lock-free lists, greyobject/scanobject, spans
// with marks, sweepgen and lazy sweeping. In this version the mark
// phase runs with the world stopped, on GOMAXPROCS threads; sweeping is
// concurrent with the program. Making marking concurrent means turning on
// the write barrier (rt_barrier.cpp) during GCmark and keeping what is
// here.
//
// A cycle:
//
//  1. A cycle is due when heapLive (bytes in spans the caches took since the
//     last mark, plus what that mark found live) reaches the goal,
//     marked × (1 + GOGC/100) (at least 4 MiB × GOGC/100), or the soft
//     limit GOMEMLIMIT; under GODEBUG=gcstress=N every N allocations; or
//     when runtime.GC is called. mallocgc never collects: it raises the
//     request and the safepoint flag, and the next goroutine to poll runs
//     the cycle. So runtime code may hold the only reference to a fresh
//     object until it returns to generated code, and every goroutine is
//     at a safepoint (or parked, or in a system call) when marking starts.
//
//  2. Sweep termination (GCoff): stop the world; every P's mcache goes
//     back to mcentral; any span the last cycle left unswept is swept.
//
//  3. GCscan / GCmark: the roots are shaded: the stack slots of every
//     goroutine's JIT frames (from the stack maps, found through the
//     runtime's anchors), the globals of every JIT-linked module, each
//     goroutine's start closure, defer frames, panic values and the
//     elements of its blocked channel operations, the pending timers, and
//     the finalizer table and queue (vm/gcroots.cpp, mfinal.cpp). Shading
//     an object (greyobject) sets its mark and, if its span may hold
//     pointers, puts it in a work buffer; scanobject blackens it by shading
//     every word its heap bits mark as a pointer. GOMAXPROCS markers drain
//     the buffers in parallel; getfull is the barrier at which they agree
//     that no grey object is left. Marks are a byte per object, set with
//     a plain store: a shared word of mark bits would need a locked
//     read-modify-write per object, which cost two markers a quarter of
//     their marking time on binary trees.
//
//  4. GCmarktermination: objects with finalizers that were not reached are
//     queued for the finalizer goroutine and kept (with what they reach)
//     for one more cycle. GODEBUG=gccheckmark=1 re-marks everything from
//     the roots with a second bit and dies on any reachable object the
//     first mark missed. The goal for the next cycle is set.
//
//  5. GCsweep: sweepgen advances by 2, making every span unswept; dead
//     goroutines whose stacks were not yet trimmed leave the free lists;
//     the world starts. A span is swept before a cache reuses it (mcentral)
//     and by the background sweeper goroutine; sweeping packs the mark
//     bytes into the allocation bits and returns empty spans to the heap. After
//     the sweep the sweeper releases those goroutines' stack pages below
//     their tops, the scavenger gives free pages beyond 110 % of the goal
//     back to the OS, and sysmon releases pages idle for more than a second.
//
// Verification: GODEBUG=gccheckmark=1 (above), clobberfree=1 (the sweeper
// fills freed objects with 0xdeadbeef), gcstress=N, and gcverifyroots=1
// (vm/verify_roots.cpp). Any pointer that leads the marker to a free slot
// of a span is a fatal error, whatever the mode.
#include "gc/mgc.h"

#include <algorithm>
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "gc/heap.h"
#include "gc/mcache.h"
#include "gc/mstats.h"
#include "vm/runtime.h"
#include "vm/sched.h"

namespace goji::gc {

GcPhase gcphase = GcPhase::Off;
GcDebug gcdebug;

namespace {

constexpr uint64_t kHeapMinimum = uint64_t{4} << 20;

struct Pacer {
  std::atomic<int64_t> heapLive{0};
  std::atomic<uint64_t> heapGoal{kHeapMinimum};
  uint64_t heapMarked = 0;
  int64_t gcPercent = 100;  // < 0: off
  uint64_t memoryLimit = UINT64_MAX;
};
Pacer pacer;

std::atomic<bool> requested{false};
std::atomic<uint32_t> cyclesDone{0};
int64_t startNanotime = 0;

// Parses GOMEMLIMIT: a byte count with an optional B, KiB, MiB, GiB or TiB suffix.
uint64_t parseMemoryLimit(const char* s) {
  char* end = nullptr;
  unsigned long long n = std::strtoull(s, &end, 10);
  if (end == s) return UINT64_MAX;
  std::string unit = end;
  static const std::pair<const char*, int> units[] = {{"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
  for (auto& [name, shift] : units) {
    if (unit == name) return n > (UINT64_MAX >> shift) ? UINT64_MAX : uint64_t{n} << shift;
  }
  return UINT64_MAX;
}

uint32_t godebugValue(const char* godebug, const char* key) {
  if (!godebug) return 0;
  std::string d = std::string(",") + godebug;
  std::string k = std::string(",") + key + "=";
  size_t at = d.find(k);
  return at == std::string::npos ? 0 : static_cast<uint32_t>(std::strtoul(d.c_str() + at + k.size(), nullptr, 10));
}

void setGoal() {
  uint64_t goal = UINT64_MAX;
  if (pacer.gcPercent >= 0) {
    goal = pacer.heapMarked + pacer.heapMarked * static_cast<uint64_t>(pacer.gcPercent) / 100;
    goal = std::max(goal, kHeapMinimum * static_cast<uint64_t>(pacer.gcPercent) / 100);
  }
  if (pacer.memoryLimit != UINT64_MAX) {
    // The limit covers every mapped byte: leave room for what is not heap.
    HeapStats h = mheap().stats();
    uint64_t overhead = h.sysBytes - h.releasedBytes - std::min<uint64_t>(h.sysBytes - h.releasedBytes, h.inuseBytes);
    uint64_t limitGoal = pacer.memoryLimit > overhead ? pacer.memoryLimit - overhead : 0;
    goal = std::min(goal, std::max(limitGoal, pacer.heapMarked + (uint64_t{1} << 20)));
  }
  pacer.heapGoal.store(goal, std::memory_order_relaxed);
}

void request() {
  if (requested.exchange(true)) return;
  rt::requestPoll();
}

void checkTrigger() {
  int64_t live = pacer.heapLive.load(std::memory_order_relaxed);
  if (live > 0 && static_cast<uint64_t>(live) >= pacer.heapGoal.load(std::memory_order_relaxed)) request();
}

// The background sweeper: sweeps what the caches have not, then lets the
// scavenger trim the free pages, then parks until the next cycle.
goji::rt::Lock sweepLock;
goji::rt::G* sweeperG = nullptr;
bool sweeperParked = false;

void unlockSweep(void*) { sweepLock.unlock(); }

void bgsweep() {
  while (true) {
    for (int n = 1; sweepone(); n++) {
      if (n % 16 == 0) goji::rt::gosched();
    }
    goji::rt::trimDeadStacks();
    uint64_t goal = pacer.heapGoal.load(std::memory_order_relaxed);
    HeapStats h = mheap().stats();
    uint64_t retained = goal == UINT64_MAX ? UINT64_MAX : goal + goal / 10;
    uint64_t retainFree = retained > h.inuseBytes ? retained - h.inuseBytes : 0;
    mheap().scavenge(0, retainFree);
    sweepLock.lock();
    sweeperParked = true;
    goji::rt::gopark(unlockSweep, nullptr, "GC sweep wait");
  }
}

void wakeSweeper() {
  if (!sweeperG) {
    sweeperG = goji::rt::newSystemProc(bgsweep);
    return;
  }
  goji::rt::LockGuard l(sweepLock);
  if (sweeperParked) {
    sweeperParked = false;
    goji::rt::goready(sweeperG);
  }
}

void flushCaches() {
  forEachMCache([](MCache* c) { c->releaseAll(); });
  sharedMCache()->releaseAll();
}

// The sweep that the previous cycle's sweeper has not finished (sweep termination).
void finishSweep() {
  while (sweepone()) {
  }
}

// Go's fmtNSAsMS: whole milliseconds from 10 ms up, else two significant
// digits with at most three decimals.
std::string fmtNSAsMS(uint64_t ns) {
  if (ns >= 10000000) return std::to_string(ns / 1000000);
  uint64_t x = ns / 1000;
  if (x == 0) return "0";
  int dec = 3;
  for (; x >= 100; x /= 10) dec--;
  std::string digits = std::to_string(x);
  if (dec == 0) return digits;
  while (static_cast<int>(digits.size()) <= dec) digits.insert(0, "0");
  return digits.substr(0, digits.size() - dec) + "." + digits.substr(digits.size() - dec);
}

int64_t gcCpuNs = 0;

// One line per cycle in Go 1.19's format; the world was stopped from start
// to end, so sweep termination and mark termination are the pauses and the
// concurrent mark takes no time.
void trace(uint32_t n, int64_t start, int64_t markStart, int64_t end, uint64_t before, uint64_t marked,
           uint64_t goal, int32_t nproc, bool forced) {
  auto ns = [](int64_t d) { return fmtNSAsMS(static_cast<uint64_t>(d)); };
  gcCpuNs += (end - start) * nproc;
  int64_t elapsed = std::max<int64_t>(1, end - startNanotime);
  int util = static_cast<int>(100 * gcCpuNs / (elapsed * std::max(1, nproc)));
  std::string line = "gc " + std::to_string(n) + " @" + std::to_string((start - startNanotime) / 1000000000) + "." +
                     std::to_string((start - startNanotime) / 1000000 % 1000 + 1000).substr(1) + "s " +
                     std::to_string(util) + "%: " + ns(markStart - start) + "+0+" + ns(end - markStart) +
                     " ms clock, " + ns((markStart - start) * nproc) + "+0/0/0+" + ns((end - markStart) * nproc) +
                     " ms cpu, " + std::to_string(before >> 20) + "->" + std::to_string(before >> 20) + "->" +
                     std::to_string(marked >> 20) + " MB, " + std::to_string(goal >> 20) + " MB goal, 0 MB stacks, 0 MB globals, " +
                     std::to_string(nproc) + " P" +
                     (forced ? " (forced)" : "") + "\n";
  goji::rt::writeErr(line);
}

void runCycle(uint32_t seen, bool forced) {
  goji::rt::stopTheWorld();
  if (cyclesDone.load() != seen) {  // another goroutine ran the cycle meanwhile
    goji::rt::startTheWorld();
    return;
  }
  lockSharedCache();
  int64_t start = goji::rt::nanotime();
  requested.store(false);
  flushCaches();
  finishSweep();
  uint64_t before = static_cast<uint64_t>(std::max<int64_t>(0, pacer.heapLive.load()));
  int64_t markStart = goji::rt::nanotime();

  gcphase = GcPhase::Scan;
  MarkStats ms;
  markPhase(&ms);
  gcphase = GcPhase::MarkTermination;
  if (gcdebug.checkmark) checkmarkPhase();

  pacer.heapMarked = ms.bytesMarked;
  pacer.heapLive.store(static_cast<int64_t>(ms.bytesMarked));
  setGoal();
  mheap().sweepgen.fetch_add(2, std::memory_order_release);
  startSweepCycle();
  goji::rt::takeUntrimmedGs();
  gcphase = GcPhase::Sweep;
  uint32_t n = cyclesDone.fetch_add(1) + 1;
  int64_t end = goji::rt::nanotime();
  recordCycle(end - start, forced);
  unlockSharedCache();
  int32_t nproc = markWorkers();
  goji::rt::startTheWorld();
  if (gcdebug.gctrace) trace(n, start, markStart, end, before, ms.bytesMarked, pacer.heapGoal.load(), nproc, forced);
  wakeSweeper();
  wakeFinalizers();
}


// Settings are read before anything allocates.
[[maybe_unused]] const bool initialized = (gcinit(), true);

}  // namespace

void gcinit() {
  startNanotime = goji::rt::nanotime();
  const char* d = std::getenv("GODEBUG");
  gcdebug.gctrace = godebugValue(d, "gctrace") != 0;
  gcdebug.checkmark = godebugValue(d, "gccheckmark") != 0;
  gcdebug.clobberfree = godebugValue(d, "clobberfree") != 0;
  gcdebug.stress = godebugValue(d, "gcstress");
  if (const char* p = std::getenv("GOGC")) {
    if (std::strcmp(p, "off") == 0) {
      pacer.gcPercent = -1;
    } else if (*p) {
      pacer.gcPercent = std::atoll(p);
    }
  }
  if (const char* l = std::getenv("GOMEMLIMIT"); l && *l && std::strcmp(l, "off") != 0) {
    pacer.memoryLimit = parseMemoryLimit(l);
  }
  setGoal();
}

void noteSpanCached(MSpan* s) {
  s->allocCountBeforeCache = s->allocCount;
  pacer.heapLive.fetch_add(static_cast<int64_t>((s->nelems - s->allocCount) * s->elemsize), std::memory_order_relaxed);
  checkTrigger();
}

void noteSpanUncached(MSpan* s) {
  pacer.heapLive.fetch_sub(static_cast<int64_t>((s->nelems - s->allocCount) * s->elemsize), std::memory_order_relaxed);
  countMallocs(s->sizeclass, s->allocCount - s->allocCountBeforeCache);
}

void noteLargeAlloc(MSpan* s) {
  pacer.heapLive.fetch_add(static_cast<int64_t>(s->elemsize), std::memory_order_relaxed);
  countLargeAlloc(s->elemsize);
  checkTrigger();
}

void noteStressAlloc(MCache* c) {
  if (++c->stressCount >= gcdebug.stress) {
    c->stressCount = 0;
    request();
  }
}

bool gcRequested() { return requested.load(std::memory_order_relaxed); }

void gcPoll() {
  uint32_t seen = cyclesDone.load();
  if (requested.load()) runCycle(seen, false);
}

void gcForced() {
  runCycle(cyclesDone.load(), true);
  finishSweep();
}

void scavengeIdle(int64_t now) {
  constexpr int64_t kIdle = 1000000000;
  static std::atomic<int64_t> last{0};
  if (now - last.load(std::memory_order_relaxed) < kIdle) return;
  last.store(now, std::memory_order_relaxed);
  mheap().scavenge(kIdle, 0);
}

uint64_t heapGoal() { return pacer.heapGoal.load(std::memory_order_relaxed); }

int64_t setGCPercent(int64_t percent) {
  goji::rt::stopTheWorld();
  int64_t old = pacer.gcPercent;
  pacer.gcPercent = percent < 0 ? -1 : percent;
  setGoal();
  goji::rt::startTheWorld();
  checkTrigger();
  return old;
}

int64_t setMemoryLimit(int64_t limit) {
  goji::rt::stopTheWorld();
  uint64_t old = pacer.memoryLimit;
  if (limit >= 0) pacer.memoryLimit = limit == INT64_MAX ? UINT64_MAX : static_cast<uint64_t>(limit);
  setGoal();
  goji::rt::startTheWorld();
  checkTrigger();
  return old >= INT64_MAX ? INT64_MAX : static_cast<int64_t>(old);
}

void freeOSMemory() {
  gcForced();
  goji::rt::trimDeadStacks();
  mheap().scavenge(0, 0);
}

}  // namespace goji::gc
