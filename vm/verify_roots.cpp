// GODEBUG=gcverifyroots=1: the collector's root set, checked before there is
// a collector to miss a root.
//
// At every safepoint poll the running goroutine's innermost stack roots
// (from the stack maps, through its anchors) must each be nil or point into
// the heap, into static data or into its own stack; at every allocation all
// of them. Every kWorldCheckPeriod allocations of a goroutine the world
// stops and every root the collector would mark (gc::forEachRoot: all
// goroutines' frames, running ones brought to a safepoint, the globals, and
// the runtime structures holding values in flight) must be nil, a heap or
// static pointer, or point into a goroutine's stack (a channel element, a
// defer frame, a sleeping goroutine's timer). The globals are left to that
// check: a bad global names no site, so checking them at every allocation
// (most of this mode's cost, in a program with fmt's hundreds of globals)
// would only report it sooner.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "gc/mgc.h"
#include "vm/runtime.h"
#include "vm/stackwalk.h"

namespace goji::rt {

namespace {

constexpr uint32_t kWorldCheckPeriod = 512;

bool isRootTarget(const void* p) { return !p || gc::isHeapPointer(p) || isStaticData(p); }

[[noreturn]] void badRoot(const char* what, const void* p, const Site* s) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "gcverifyroots: %s %p at %s:%d is not a heap or static pointer", what, p,
                s ? s->file : "?", s ? s->line : 0);
  fatal(buf);
}

// A goroutine's frames may also hold the addresses of its own stack
// objects (pointer-free objects the escape analysis kept on the stack).
void checkStack(G* g, size_t maxFrames = SIZE_MAX) {
  walkJitFrames(
      g,
      [g](const JitFrame& f) {
        forEachRoot(f, [&](void** slot) {
          auto* p = static_cast<uint8_t*>(*slot);
          if (p >= g->stack.lo && p < g->stack.hi) return;
          if (!isRootTarget(p)) badRoot("root", p, siteFor(f.record->id));
        });
      },
      maxFrames);
}

void checkAllGoroutines() {
  stopTheWorld();
  forEachG([](G* g) { checkStack(g); });  // first, to name the frame of a bad stack root
  std::vector<Stack> stacks;
  forEachG([&stacks](G* g) { stacks.push_back(g->stack); });
  gc::forEachRoot([&stacks](void** slot) {
    auto* p = static_cast<uint8_t*>(*slot);
    bool onStack = std::any_of(stacks.begin(), stacks.end(), [p](const Stack& s) { return p >= s.lo && p < s.hi; });
    if (!onStack && !isRootTarget(p)) badRoot("root", p, nullptr);
  });
  startTheWorld();
}

}  // namespace

const bool verifyRootsOn = [] {
  const char* d = std::getenv("GODEBUG");
  return d && std::strstr(d, "gcverifyroots=1");
}();

// A poll checks the innermost frames only: a frame's root slots change only
// while it runs (no pointer into a frame holds GC pointers), so deeper
// frames were checked at their own last poll, and a deep recursion does not
// walk its whole stack at every call.
constexpr size_t kPollFrames = 4;

void checkRoots(bool atAllocation) {
  checkStack(getg(), atAllocation ? SIZE_MAX : kPollFrames);
  if (!atAllocation) return;
  static thread_local uint32_t allocations = 0;
  if (++allocations % kWorldCheckPeriod == 0 && getg()->m) checkAllGoroutines();
}

}  // namespace goji::rt
