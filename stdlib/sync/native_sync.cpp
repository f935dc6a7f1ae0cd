// The natives of package sync: semaphores and fatal errors. Until the
// scheduler arrives the program has one goroutine, so waiting on a
// semaphore nobody can release is a deadlock, reported as Go reports it.
#include <unistd.h>

#include "vm/native.h"

namespace goji::native {

namespace {

[[noreturn]] void deadlock() {
  GOJI_ANCHOR;
  rt::writeErr("fatal error: all goroutines are asleep - deadlock!\n");
  rt::printTraceback(__builtin_frame_address(0));
  ::_exit(2);
}

void semacquire(Ctx, uint32_t* s) {
  for (;;) {
    uint32_t v = __atomic_load_n(s, __ATOMIC_SEQ_CST);
    if (v == 0) deadlock();
    if (__atomic_compare_exchange_n(s, &v, v - 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return;
  }
}
void semacquireMutex(Ctx ctx, uint32_t* s, bool, int64_t) { semacquire(ctx, s); }
void semrelease(Ctx, uint32_t* s, bool, int64_t) { __atomic_add_fetch(s, 1, __ATOMIC_SEQ_CST); }
// Pools are dropped at each collection; without a collector they never are.
void registerPoolCleanup(Ctx, void*) {}
void fatal(Ctx, Bytes s, int64_t n) { rt::fatal(cstr(s, n)); }

}  // namespace

GOJI_NATIVE("sync.runtime_Semacquire", semacquire);
GOJI_NATIVE("sync.runtime_SemacquireMutex", semacquireMutex);
GOJI_NATIVE("sync.runtime_Semrelease", semrelease);
GOJI_NATIVE("sync.runtime_registerPoolCleanup", registerPoolCleanup);
GOJI_NATIVE("sync.fatal", fatal);

}  // namespace goji::native
