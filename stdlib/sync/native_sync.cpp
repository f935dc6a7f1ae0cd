// The natives of package sync: the runtime's semaphores (vm/sema.cpp),
// Mutex's spinning support and fatal errors.
#include "vm/native.h"
#include "vm/sema.h"

namespace goji::native {

namespace {

// Each parks or yields: the anchor lets the stack walker find the caller.
void semacquire(Ctx, uint32_t* s) {
  GOJI_ANCHOR;
  rt::semacquire(s);
}
void semacquireMutex(Ctx, uint32_t* s, bool lifo, int64_t) {
  GOJI_ANCHOR;
  rt::semacquire(s, lifo);
}
void semrelease(Ctx, uint32_t* s, bool handoff, int64_t) {
  GOJI_ANCHOR;
  rt::semrelease(s, handoff);
}
bool canSpin(Ctx, int64_t i) { return rt::syncCanSpin(i); }
void doSpin(Ctx) {
  for (int i = 0; i < 30; i++) __builtin_ia32_pause();
}
int64_t nanotime(Ctx) { return rt::nanotime(); }
// Pools are dropped at each collection; without a collector they never are.
void registerPoolCleanup(Ctx, void*) {}
void fatal(Ctx, Bytes s, int64_t n) { rt::fatal(cstr(s, n)); }

}  // namespace

GOJI_NATIVE("sync.runtime_Semacquire", semacquire);
GOJI_NATIVE("sync.runtime_SemacquireMutex", semacquireMutex);
GOJI_NATIVE("sync.runtime_Semrelease", semrelease);
GOJI_NATIVE("sync.runtime_canSpin", canSpin);
GOJI_NATIVE("sync.runtime_doSpin", doSpin);
GOJI_NATIVE("sync.runtime_nanotime", nanotime);
GOJI_NATIVE("sync.runtime_registerPoolCleanup", registerPoolCleanup);
GOJI_NATIVE("sync.fatal", fatal);

}  // namespace goji::native
