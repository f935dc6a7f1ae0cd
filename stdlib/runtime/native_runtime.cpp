// The natives of package runtime: the scheduler's and the collector's
// controls and the queries the runtime can answer.
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "gc/mgc.h"
#include "gc/mstats.h"
#include "vm/native.h"
#include "vm/sched.h"
#include "vm/stackwalk.h"

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

const char* gorootPath() {
  const char* env = std::getenv("GOROOT");
  return env && *env ? env : "/usr/lib/go-1.19";
}

String goroot(Ctx) {
  GOJI_ANCHOR;
  return newString(gorootPath());
}

// A program counter is a JIT frame's return address; its call site names
// the function, file and line (goji.main, which Go calls runtime.main, is
// left out as in tracebacks, and so are method wrappers, as Go's WRAPPER
// functions are).
const rt::Site* siteOfPC(uint64_t pc) {
  const rt::SafepointRecord* r = rt::stackMaps().find(pc);
  const rt::Site* s = r ? rt::siteFor(r->id) : nullptr;
  return s && s->line != 0 && !s->wrapper ? s : nullptr;
}

int64_t callers(Ctx, int64_t skip, uint64_t* pcbuf, int64_t len, int64_t) {
  GOJI_ANCHOR;
  int64_t seen = 0;
  int64_t n = 0;
  rt::walkJitFrames(rt::getg(), [&](const rt::JitFrame& f) {
    if (!siteOfPC(f.returnAddress) || seen++ < skip || n == len) return;
    pcbuf[n++] = f.returnAddress;
  });
  return n;
}

// The status a traceback heads a goroutine with, as Go's goroutineheader.
const char* traceStatus(rt::G* g) {
  switch (g->status.load()) {
    case rt::GStatus::Runnable: return "runnable";
    case rt::GStatus::Syscall: return "syscall";
    case rt::GStatus::Waiting: return g->waitreason;
    default: return "running";
  }
}

// The goroutines of the program (runtime ones left out), the caller first;
// the world is stopped meanwhile, so their stacks hold still.
template <typename F>
void forEachUserG(F&& f) {
  rt::G* me = rt::getg();
  f(me);
  rt::forEachG([&](rt::G* g) {
    if (g != me && !g->system) f(g);
  });
}

int64_t stack(Ctx, uint8_t* buf, int64_t len, int64_t, bool all) {
  GOJI_ANCHOR;
  std::string out;
  if (all) {
    rt::stopTheWorld();
    forEachUserG([&](rt::G* g) { out += rt::goroutineTrace(g, g == rt::getg() ? "running" : traceStatus(g)); });
    rt::startTheWorld();
  } else {
    out = rt::goroutineTrace(rt::getg(), "running");
  }
  std::string_view trace = std::string_view(out).substr(1);  // no blank line before the first goroutine
  int64_t n = std::min<int64_t>(len, static_cast<int64_t>(trace.size()));
  std::memcpy(buf, trace.data(), static_cast<size_t>(n));
  return n;
}

// Fills one StackRecord (32 program counters, zero-terminated) per
// goroutine, up to len records; returns how many it filled.
int64_t goroutineProfile(Ctx, uint64_t* records, int64_t len, int64_t) {
  GOJI_ANCHOR;
  constexpr int64_t kDepth = 32;
  int64_t n = 0;
  rt::stopTheWorld();
  forEachUserG([&](rt::G* g) {
    if (n == len) return;
    uint64_t* pcs = records + n++ * kDepth;
    std::memset(pcs, 0, kDepth * sizeof(uint64_t));
    int64_t depth = 0;
    rt::walkJitFrames(g, [&](const rt::JitFrame& f) {
      if (depth < kDepth && siteOfPC(f.returnAddress)) pcs[depth++] = f.returnAddress;
    });
  });
  rt::startTheWorld();
  return n;
}

// Files are named as Go names them: absolute, the standard library's under GOROOT.
void pcInfo(Ctx, uint64_t pc) {
  GOJI_ANCHOR;
  const rt::Site* s = siteOfPC(pc);
  if (!s) {
    Results().str(String{nullptr, 0}).str(String{nullptr, 0}).i64(0).word(0).boolean(false);
    return;
  }
  std::string file = s->file;
  constexpr std::string_view kStdlib = "$GOJI/stdlib/";
  if (file.starts_with(kStdlib)) {
    file = std::string(gorootPath()) + "/src/" + file.substr(kStdlib.size());
  } else if (!file.starts_with("/")) {
    char cwd[4096];
    if (::getcwd(cwd, sizeof cwd)) file = std::string(cwd) + "/" + file;
  }
  String function = newString(s->function);
  String path = newString(file);
  Results().str(function).str(path).i64(s->line).word(pc).boolean(true);
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
GOJI_NATIVE("runtime.callers", callers);
GOJI_NATIVE("runtime.Stack", stack);
GOJI_NATIVE("runtime.goroutineProfile", goroutineProfile);
GOJI_NATIVE("runtime.pcInfo$native", pcInfo);

}  // namespace goji::native
