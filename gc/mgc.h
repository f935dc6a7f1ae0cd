// The collector's entry points and the state its parts share (the design
// essay heads mgc.cpp).
#pragma once

#include <cstdint>
#include <functional>

#include "gc/mheap.h"
#include "vm/abi.h"

namespace goji::gc {

enum class GcPhase : uint8_t { Off, Scan, Mark, MarkTermination, Sweep };
extern GcPhase gcphase;

struct MCache;

// GODEBUG and GOGC settings, read once at start-up.
struct GcDebug {
  bool gctrace = false;
  bool checkmark = false;
  bool clobberfree = false;
  uint32_t stress = 0;  // gcstress=N: a cycle every N allocations
};
extern GcDebug gcdebug;

// Called once before the first allocation.
void gcinit();

// The pacer's view of allocation: a cache took or gave back a span, or a
// large object was allocated (heapLive moves by the bytes it may allocate).
void noteSpanCached(MSpan* s);
void noteSpanUncached(MSpan* s);
void noteLargeAlloc(MSpan* s);
// An allocation from cache c: under gcstress every Nth one asks for a cycle.
void noteStressAlloc(MCache* c);

// A cycle is due: it runs at the next safepoint poll of any goroutine.
bool gcRequested();
// Runs a cycle from a safepoint if one is still due.
void gcPoll();
// runtime.GC: a full cycle, then every span swept, before returning.
void gcForced();
uint64_t heapGoal();
// debug.SetGCPercent: returns the old setting (-1 for off).
int64_t setGCPercent(int64_t percent);
// debug.SetMemoryLimit: returns the old limit (math.MaxInt64 for none); a
// negative limit leaves it as it is.
int64_t setMemoryLimit(int64_t limit);
// debug.FreeOSMemory: a full cycle, then every free page back to the OS.
void freeOSMemory();

// The cache of threads without a P (malloc.cpp), which the collector
// locks for its whole cycle.
MCache* sharedMCache();
void lockSharedCache();
void unlockSharedCache();

// Sweeps s (its sweepgen was CASed to sg-1 by the caller); preserve keeps
// it even if it is now empty (an mcache is about to take it). Returns
// whether s went back to the heap.
bool sweepSpan(MSpan* s, bool preserve);
// Sweeps one unswept span; false when none is left.
bool sweepone();
// Starts the sweep of a cycle: every span in use is now unswept.
void startSweepCycle();

// Called by sysmon: free pages idle for more than a second go back to
// the OS (the background scavenger's second half, after the sweeper's).
void scavengeIdle(int64_t now);

// Marking (mgcmark.cpp), with the world stopped.
struct MarkStats {
  uint64_t bytesMarked = 0;
};
void markPhase(MarkStats* stats);
// The number of markers the last mark phase ran.
int32_t markWorkers();
// GODEBUG=gccheckmark=1: re-marks from the roots with the second bit and
// fails on any object the cycle left unmarked.
void checkmarkPhase();

// The runtime's roots (vm/gcroots.cpp): every pointer slot of every
// goroutine's stack, the globals and the runtime's structures, world stopped.
void forEachRoot(const std::function<void(void** slot)>& f);

// Finalizers (mfinal.cpp).
void markFinalizerRoots(const std::function<void(uintptr_t obj)>& scanReferents,
                        const std::function<void(void** slot)>& shadeSlot);
// After marking: queues the finalizers of unmarked objects and returns
// those objects, which the marker then keeps alive for one more cycle.
void queueFinalizers(const std::function<bool(uintptr_t obj)>& isMarked,
                     const std::function<void(uintptr_t obj)>& grey);
void wakeFinalizers();
// runtime.SetFinalizer(obj, fn); a null finType clears obj's finalizer.
void setFinalizer(const rt::TypeDesc* objType, void* obj, const rt::TypeDesc* finType, rt::Closure* fn);

}  // namespace goji::gc
