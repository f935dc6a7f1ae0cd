// The natives of package runtime that the single-goroutine runtime can
// already answer. Goexit, Stack, Caller(s), ReadMemStats and
// GoroutineProfile come with the scheduler and the collector.
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

// GOMAXPROCS starts at NumCPU (or $GOMAXPROCS) as in Go; it only records
// the setting until the scheduler runs goroutines in parallel.
int64_t gomaxprocs(Ctx ctx, int64_t n) {
  static int64_t procs = [&] {
    const char* env = std::getenv("GOMAXPROCS");
    int64_t v = env ? std::atoll(env) : 0;
    return v > 0 ? v : numCPU(ctx);
  }();
  int64_t old = procs;
  if (n > 0) procs = n;
  return old;
}

void nothing(Ctx) {}
int64_t numGoroutine(Ctx) { return 1; }
void breakpoint(Ctx) { ::raise(SIGTRAP); }
// Finalizers run after the collector frees an object; until it exists none is freed.
void setFinalizer(Ctx, const void*, void*, const void*, void*) {}

String goroot(Ctx) {
  GOJI_ANCHOR;
  const char* env = std::getenv("GOROOT");
  return newString(env && *env ? env : "/usr/lib/go-1.19");
}

}  // namespace

GOJI_NATIVE("runtime.Gosched", nothing);
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
