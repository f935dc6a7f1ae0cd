// The natives of package runtime: the scheduler's and the collector's
// controls and the queries the runtime can answer.
#include <signal.h>
#include <unistd.h>

#include <cstdlib>

#include "gc/mgc.h"
#include "gc/mstats.h"
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
void runGC(Ctx) {
  GOJI_ANCHOR;
  gc::gcForced();
}

void readMemStats(Ctx, gc::MemStats* m) {
  GOJI_ANCHOR;
  gc::readMemStats(m);
}

void setFinalizer(Ctx, const void* objTab, void* obj, const void* finTab, void* fin) {
  GOJI_ANCHOR;
  gc::setFinalizer(static_cast<const rt::TypeDesc*>(objTab), obj, static_cast<const rt::TypeDesc*>(finTab),
                   static_cast<rt::Closure*>(fin));
}

// The argument is live in the caller up to the call, and a native has no
// safepoint of its own.
void keepAlive(Ctx, const void*, void*) {}

String goroot(Ctx) {
  GOJI_ANCHOR;
  const char* env = std::getenv("GOROOT");
  return newString(env && *env ? env : "/usr/lib/go-1.19");
}

}  // namespace

GOJI_NATIVE("runtime.Gosched", gosched);
GOJI_NATIVE("runtime.Goexit", goexit);
GOJI_NATIVE("runtime.GC", runGC);
GOJI_NATIVE("runtime.ReadMemStats", readMemStats);
GOJI_NATIVE("runtime.KeepAlive", keepAlive);
GOJI_NATIVE("runtime.LockOSThread", nothing);
GOJI_NATIVE("runtime.UnlockOSThread", nothing);
GOJI_NATIVE("runtime.GOMAXPROCS", gomaxprocs);
GOJI_NATIVE("runtime.NumCPU", numCPU);
GOJI_NATIVE("runtime.NumGoroutine", numGoroutine);
GOJI_NATIVE("runtime.Breakpoint", breakpoint);
GOJI_NATIVE("runtime.SetFinalizer", setFinalizer);
GOJI_NATIVE("runtime.GOROOT", goroot);

}  // namespace goji::native
