// The collector's roots in the runtime (gc::forEachRoot), with the world
// stopped: what the runtime knows that the heap does not.
//
//   - Every goroutine's JIT frames, through the stack maps: the running
//     one's from its current safepoint, the others' from where they
//     stopped (a poll, a park, a system call). Each frame's slots are the
//     GC pointers live across its call.
//   - Per goroutine, the values no frame holds: its start closure until it
//     runs; what its defer records hold (the records, and the closures of
//     deferred calls with arguments, live in the frames of the functions
//     that defer, where no stack map describes them); the values of its
//     active panics; while it is blocked in a channel operation, each
//     sudog's channel and element (a heap box; an element in a frame of
//     its own stack is not a heap object and the marker skips it); and the
//     buffer of a system call it is in.
//   - The globals of the linked program (goji.roots).
//   - The pending timers: the timer itself (usually inside a time.Timer
//     or Ticker that nothing else may reference), its function and its
//     argument.
// Finalizers add their own roots (gc/mfinal.cpp).
#include "gc/mgc.h"
#include "vm/chan.h"
#include "vm/runtime.h"
#include "vm/stackwalk.h"
#include "vm/timers.h"

namespace goji::gc {

void forEachRoot(const std::function<void(void** slot)>& f) {
  rt::forEachG([&f](rt::G* g) {
    rt::walkJitFrames(g, [&f](const rt::JitFrame& frame) { rt::forEachRoot(frame, f); });
    f(reinterpret_cast<void**>(&g->fn));
    for (rt::DeferFrame* d = g->defers; d; d = d->prev) {
      f(reinterpret_cast<void**>(&d->calls));  // a heap array once the inline slots overflowed
      if (d->calls == d->inlineCalls) {
        for (int64_t i = 0; i < d->ncalls; i++) {
          const rt::TypeDesc* t = d->inlineLayouts[i];
          if (!t) {
            f(reinterpret_cast<void**>(&d->inlineCalls[i]));
            continue;
          }
          auto** words = reinterpret_cast<void**>(d->inlineCalls[i]);
          for (uint64_t w = 0; w < t->size / 8; w++) {
            if (rt::pointerAt(t, w)) f(&words[w]);
          }
        }
      }
      for (int64_t i = 0; i < d->nresults; i++) f(&d->results[i]);
    }
    f(&g->syscallPin);
    for (rt::Panic* p = g->panic; p; p = p->link) {
      f(&p->value.data);
      f(reinterpret_cast<void**>(&p->frame));
    }
    for (rt::Sudog* sg = g->waiting; sg; sg = sg->waitlink) {
      f(&sg->elem);
      f(reinterpret_cast<void**>(&sg->c));
    }
  });
  rt::forEachGlobalRoot(f);
  rt::forEachTimerRoot(f);
}

}  // namespace goji::gc
