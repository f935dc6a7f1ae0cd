// panic, defer and recover (after Go's runtime/panic.go).
//
// A function that defers calls owns a DeferFrame linked from the goroutine;
// `defer` pushes a closure on it; a normal return runs the closures last-in
// first-out (goji_defer_return). panic() runs deferred calls from the
// innermost frame outwards, each directly from runPanicDefers, so that
// recover() can check it is called by the deferred function itself: the
// caller of recover's caller must be that routine's frame (frame pointers
// make this a comparison), or one level further for a thunk that wraps a
// deferred call with arguments. When a deferred call recovers, the panic ends
// and the frame that deferred the call resumes at its recovery point
// (longjmp), runs its remaining deferred calls and returns normally.
//
// Uncaught panics print "panic: " and the value as Go does (Error() for
// errors, String() for Stringers, print's format for basic kinds), the chain
// of earlier panics, a traceback, and exit with status 2.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gc/heap.h"
#include "vm/rt_types.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"
#include "vm/stackwalk.h"

// setjmp and longjmp for recovery points, defined here rather than taken
// from libc so that generated code calls only into the executable (a cached
// image must not refer to libc, which moves from run to run: image.h). The
// buffer holds what the x86-64 SysV ABI has callee-saved: rbx, rbp,
// r12–r15, then the caller's stack pointer and the return address.
asm(R"(
  .text
  .globl goji_setjmp
  .type goji_setjmp, @function
goji_setjmp:
  movq %rbx, 0(%rdi)
  movq %rbp, 8(%rdi)
  movq %r12, 16(%rdi)
  movq %r13, 24(%rdi)
  movq %r14, 32(%rdi)
  movq %r15, 40(%rdi)
  leaq 8(%rsp), %rdx
  movq %rdx, 48(%rdi)
  movq (%rsp), %rdx
  movq %rdx, 56(%rdi)
  xorl %eax, %eax
  ret
  .size goji_setjmp, .-goji_setjmp

  .globl goji_longjmp
  .type goji_longjmp, @function
goji_longjmp:
  movl $1, %eax
  movq 0(%rdi), %rbx
  movq 8(%rdi), %rbp
  movq 16(%rdi), %r12
  movq 24(%rdi), %r13
  movq 32(%rdi), %r14
  movq 40(%rdi), %r15
  movq 48(%rdi), %rsp
  jmpq *56(%rdi)
  .size goji_longjmp, .-goji_longjmp
)");

extern "C" int goji_setjmp(uint64_t* buf);
// Resumes at buf's goji_setjmp, which then returns 1.
extern "C" [[noreturn]] void goji_longjmp(uint64_t* buf);

namespace goji::rt {

std::string formatFloatForPrint(double v);
std::string formatHex(uint64_t v);

namespace {

const TypeDesc* dynamicType(const Iface& v) { return static_cast<const TypeDesc*>(v.tab); }

const Method* findMethod(const TypeDesc* t, const char* name, const char* sig) {
  for (uint32_t i = 0; i < t->nmethods; i++) {
    const Method& m = t->methods[i];
    if (std::strcmp(m.name, name) == 0 && std::strcmp(m.type->str, sig) == 0) return &m;
  }
  return nullptr;
}

std::string goString(String s) { return std::string(reinterpret_cast<const char*>(s.data), s.len); }

// The text printany prints for a basic-kind value stored at p.
std::string basicText(const TypeDesc* t, const void* p, bool* ok) {
  *ok = true;
  switch (t->kind) {
    case Kind::Bool: return *static_cast<const bool*>(p) ? "true" : "false";
    case Kind::Int:
    case Kind::Int64: return std::to_string(*static_cast<const int64_t*>(p));
    case Kind::Int8: return std::to_string(*static_cast<const int8_t*>(p));
    case Kind::Int16: return std::to_string(*static_cast<const int16_t*>(p));
    case Kind::Int32: return std::to_string(*static_cast<const int32_t*>(p));
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr: return std::to_string(*static_cast<const uint64_t*>(p));
    case Kind::Uint8: return std::to_string(*static_cast<const uint8_t*>(p));
    case Kind::Uint16: return std::to_string(*static_cast<const uint16_t*>(p));
    case Kind::Uint32: return std::to_string(*static_cast<const uint32_t*>(p));
    case Kind::Float32: return formatFloatForPrint(*static_cast<const float*>(p));
    case Kind::Float64: return formatFloatForPrint(*static_cast<const double*>(p));
    case Kind::String: return goString(*static_cast<const String*>(p));
    default: *ok = false; return "";
  }
}

// The value's text as printpanicval shows it (after Error()/String() were applied).
std::string panicValueText(const Iface& v) {
  const TypeDesc* t = dynamicType(v);
  if (!t) return "nil";
  const void* p = isPointerShaped(t) ? &v.data : v.data;
  bool ok;
  std::string text = basicText(t, p, &ok);
  if (ok) {
    if (!(t->flags & kNamed)) return text;
    if (t->kind == Kind::String) return std::string(t->str) + "(\"" + text + "\")";
    return std::string(t->str) + "(" + text + ")";
  }
  return "(" + std::string(t->str) + ") " + formatHex(reinterpret_cast<uint64_t>(v.data));
}

// Applies Error() or String() as preprintpanics does.
std::string describePanic(const Iface& v) {
  const TypeDesc* t = dynamicType(v);
  if (t) {
    for (const char* name : {"Error", "String"}) {
      if (const Method* m = findMethod(t, name, "func() string")) {
        auto fn = reinterpret_cast<String (*)(void*, void*)>(m->ifn);
        return goString(fn(nullptr, v.data));
      }
    }
  }
  return panicValueText(v);
}

bool isMemoryError(const Iface& v) {
  const TypeDesc* t = dynamicType(v);
  if (!t || std::strcmp(t->str, "runtime.errorString") != 0) return false;
  String s = *static_cast<const String*>(v.data);
  return goString(s) == "invalid memory address or nil pointer dereference";
}

[[noreturn]] void fatalPanic(Panic* p) {
  for (Panic* q = p->link; q; q = q->link) {
    if (!q->printing) continue;
    // An Error or String method panicked while the message was being made.
    const TypeDesc* t = dynamicType(p->value);
    std::string what = t && t->kind == Kind::String && !(t->flags & kNamed)
                           ? ": " + goString(*static_cast<const String*>(p->value.data))
                           : std::string(": type ") + (t ? t->str : "nil");
    fatal("panic while printing panic value" + what);
  }
  // Messages first (they may run Go code), then print them all at once.
  std::vector<Panic*> chain;
  for (Panic* q = p; q; q = q->link) {
    q->printing = true;
    chain.push_back(q);
  }
  std::string out;
  for (size_t i = chain.size(); i-- > 0;) {
    Panic* q = chain[i];
    if (i + 1 < chain.size()) out += "\t";
    out += "panic: " + describePanic(q->value);
    if (q->recovered) out += " [recovered]";
    out += "\n";
  }
  if (isMemoryError(p->value)) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  writeErr(out);
  printTraceback(__builtin_frame_address(0));
  std::_Exit(2);
}

// Calls a deferred closure directly, so recover() can identify it.
__attribute__((noinline)) void callDeferred(Panic* p, Closure* c) {
  if (p) p->deferCaller = __builtin_frame_address(0);
  reinterpret_cast<void (*)(Closure*)>(c->fn)(c);
  asm volatile("" ::: "memory");  // keep this frame a real frame (no tail call)
}

}  // namespace

void goexitRunningDefers() {
  GOJI_ANCHOR;
  G* g = getg();
  g->goexiting = true;
  while (DeferFrame* f = g->defers) {
    if (f->ncalls == 0) {
      g->defers = f->prev;
      continue;
    }
    callDeferred(nullptr, f->calls[--f->ncalls]);
  }
  goexit();
}

void printTraceback(void*) { writeErr(goroutineTrace(getg(), "running")); }

std::string goroutineTrace(G* g, const char* status) {
  std::string out = "\ngoroutine " + std::to_string(g->id) + " [" + status + "]:\n";
  walkJitFrames(g, [&](const JitFrame& f) {
    const Site* s = siteFor(f.record->id);
    if (!s || s->line == 0) return;  // goji.main, as Go hides runtime.main
    out += std::string(s->function) + "(...)\n\t" + s->file + ":" + std::to_string(s->line) + "\n";
  });
  return out;
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

// Links the record f in the calling function's frame (its result homes are
// stored after this).
void goji_defer_link(DeferFrame* f, int64_t nresults) {
  G* g = getg();
  f->prev = g->defers;
  f->calls = f->inlineCalls;
  f->ncalls = 0;
  f->capcalls = kInlineDeferCalls;
  f->thunks = 0;
  f->anchorDepth = static_cast<int64_t>(g->anchors.size());
  f->nresults = nresults;
  g->defers = f;
}

// The frame a recovered panic resumes: the innermost one left (goji_panic
// unlinked those it unwound).
DeferFrame* goji_defer_recovered() { return getg()->defers; }

// Pushes a deferred closure; layout describes a closure in the caller's
// frame (null for one on the heap), which the code generator pushes only
// while the inline slots last.
void goji_defer_push(DeferFrame* f, Closure* c, bool thunk, const TypeDesc* layout) {
  if (f->ncalls < kInlineDeferCalls) f->inlineLayouts[f->ncalls] = layout;
  if (f->ncalls == f->capcalls) {
    GOJI_ANCHOR;
    int64_t cap = f->capcalls * 2;
    auto* calls = static_cast<Closure**>(goji::gc::mallocgc(sizeof(Closure*) * cap, pointerWordType()));
    typedmemmove(pointerWordType(), calls, f->calls, static_cast<uint64_t>(f->ncalls));
    f->calls = calls;
    f->capcalls = cap;
  }
  if (thunk && f->ncalls < 64) f->thunks |= uint64_t{1} << f->ncalls;
  writePointer(reinterpret_cast<void**>(&f->calls[f->ncalls++]), c);
}

// Runs the frame's remaining deferred calls and unlinks it (normal return,
// or after a recovered panic resumed the function).
void goji_defer_return(DeferFrame* f) {
  GOJI_ANCHOR;
  while (f->ncalls > 0) {
    Closure* c = f->calls[--f->ncalls];
    callDeferred(nullptr, c);
  }
  getg()->defers = f->prev;
}

[[noreturn]] void goji_panic(const void* tab, void* data) {
  GOJI_ANCHOR;
  G* g = getg();
  Panic p;
  p.link = g->panic;
  p.value = Iface{tab, data};
  g->panic = &p;
  while (DeferFrame* f = g->defers) {
    // Reaching the frame whose deferred call an earlier panic is running
    // unwinds that call: the earlier panic will not continue (Go's d.started).
    for (Panic* q = p.link; q; q = q->link) {
      if (q->frame == f) q->aborted = true;
    }
    if (f->ncalls == 0) {
      g->defers = f->prev;  // the function unwinds without running anything more
      continue;
    }
    int64_t i = --f->ncalls;
    Closure* c = f->calls[i];
    p.frame = f;
    p.thunk = i < 64 && (f->thunks >> i) & 1;
    callDeferred(&p, c);
    if (p.recovered) {
      // The panic is over (and so are the ones it aborted): resume f's function.
      Panic* q = p.link;
      while (q && q->aborted) q = q->link;
      // A panic raised while Goexit ran deferred calls, once recovered, does
      // not resume f's function: Goexit goes on, and the panics it
      // interrupted stay on the chain (Go's recovery of a panic whose link
      // is the Goexit).
      if (g->goexiting) {
        g->panic = p.link;
        goexitRunningDefers();
      }
      g->panic = q;
      g->anchors.resize(static_cast<size_t>(f->anchorDepth));
      goji_longjmp(f->recovery);
    }
  }
  fatalPanic(&p);
}

// recover(), called by the function whose frame address is `frame`.
Iface goji_recover(uint8_t* frame) {
  Panic* p = getg()->panic;
  if (!p || p->recovered || !p->deferCaller) return Iface{nullptr, nullptr};
  uint8_t* caller = *reinterpret_cast<uint8_t**>(frame);
  // Method wrappers between the deferred call and the method are
  // transparent, as Go's WRAPPER functions are (an interface method, a
  // method value or a method expression deferred).
  for (int hops = 0; caller && caller != p->deferCaller && hops < 4; hops++) {
    const SafepointRecord* r = stackMaps().find(*reinterpret_cast<uint64_t*>(frame + 8));
    const Site* s = r ? siteFor(r->id) : nullptr;
    if (!s || !s->wrapper) break;
    frame = caller;
    caller = *reinterpret_cast<uint8_t**>(frame);
  }
  bool direct = caller == p->deferCaller;
  if (!direct && p->thunk && caller) direct = *reinterpret_cast<uint8_t**>(caller) == p->deferCaller;
  if (!direct) return Iface{nullptr, nullptr};
  p->recovered = true;
  return p->value;
}

}  // extern "C"

GOJI_EXPORT(goji_defer_link);
GOJI_EXPORT(goji_defer_recovered);
GOJI_EXPORT(goji_defer_push);
GOJI_EXPORT(goji_defer_return);
GOJI_EXPORT(goji_panic);
GOJI_EXPORT(goji_recover);
GOJI_EXPORT(goji_setjmp);
