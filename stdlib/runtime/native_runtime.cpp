// The natives of package runtime: the scheduler's controls and the
// queries the runtime can answer. Stack, Caller(s), ReadMemStats and
// GoroutineProfile come with the collector.
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

#include "vm/native.h"

namespace goji::native {

namespace {

int64_t numCPU(Ctx) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

int64_t gomaxprocs(Ctx, int64_t n) {
  GOJI_ANCHOR;
  return rt::setMaxProcs(n);
}

void gosched(Ctx) {
  GOJI_ANCHOR;
  rt::gosched();
}

void goexit(Ctx) { rt::goexitRunningDefers(); }

void nothing(Ctx) {}
int64_t numGoroutine(Ctx) { return rt::numGoroutine(); }
void breakpoint(Ctx) { ::raise(SIGTRAP); }
// Finalizers run after the collector frees an object; until it exists none is freed.
void setFinalizer(Ctx, const void*, void*, const void*, void*) {}

String goroot(Ctx) {
  GOJI_ANCHOR;
  const char* env = std::getenv("GOROOT");
  return newString(env && *env ? env : "/usr/lib/go-1.19");
}

}  // namespace

GOJI_NATIVE("runtime.Gosched", gosched);
GOJI_NATIVE("runtime.Goexit", goexit);
GOJI_NATIVE("runtime.GC", nothing);
GOJI_NATIVE("runtime.LockOSThread", nothing);
GOJI_NATIVE("runtime.UnlockOSThread", nothing);
GOJI_NATIVE("runtime.GOMAXPROCS", gomaxprocs);
GOJI_NATIVE("runtime.NumCPU", numCPU);
GOJI_NATIVE("runtime.NumGoroutine", numGoroutine);
GOJI_NATIVE("runtime.Breakpoint", breakpoint);
GOJI_NATIVE("runtime.SetFinalizer", setFinalizer);
GOJI_NATIVE("runtime.GOROOT", goroot);

}  // namespace goji::native
