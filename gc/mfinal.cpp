// Finalizers (Go's mfinal.go): runtime.SetFinalizer's table, the queue of
// finalizers due, and the goroutine that runs them.
//
// Invariants:
//   - The table maps an object's base address to its finalizer. The entry
//     does not keep the object alive, but it keeps the finalizer function
//     and everything the object points to, so that an object found
//     unreachable still has all it needs when its finalizer runs (and
//     cycles of finalizable objects are never collected, as in Go).
//   - An object found unmarked at the end of a mark moves with its
//     finalizer from the table to the queue, and is marked, so it
//     survives until the finalizer has run and a later cycle finds it
//     unreachable again.
//   - Queue entries and the finalizer being run are roots.
#include <deque>
#include <string>
#include <unordered_map>

#include "gc/heap.h"
#include "gc/mgc.h"
#include "vm/runtime.h"
#include "vm/sched.h"

extern "C" const goji::rt::Itab* goji_itab(const goji::rt::TypeDesc* inter, const goji::rt::TypeDesc* t);

namespace goji::gc {

namespace {

using rt::Closure;
using rt::Kind;
using rt::TypeDesc;

struct Finalizer {
  void* obj;
  Closure* fn;
  const TypeDesc* objType;  // *T
  const TypeDesc* argType;  // the finalizer's parameter: *T or an interface
};

rt::Lock finLock;
std::unordered_map<uintptr_t, Finalizer> table;
std::deque<Finalizer> queue;
Finalizer running{};
rt::G* fing = nullptr;
bool fingParked = false;

void unlockFin(void*) { finLock.unlock(); }

// Runs a finalizer, its results dropped. A function whose results do not
// fit the return registers stores the rest, a word per scalar, into an
// area its caller passes last (compiler/lower_returns.h); one with fewer
// results ignores the extra argument.
void call(const Finalizer& f) {
  uint64_t results[rt::kMaxValueScalars];
  if (f.argType->kind == Kind::Pointer) {
    reinterpret_cast<void (*)(Closure*, void*, void*)>(f.fn->fn)(f.fn, f.obj, results);
    return;
  }
  const void* tab = f.argType->len == 0 ? static_cast<const void*>(f.objType) : goji_itab(f.argType, f.objType);
  reinterpret_cast<void (*)(Closure*, const void*, void*, void*)>(f.fn->fn)(f.fn, tab, f.obj, results);
}

void runfinq() {
  while (true) {
    finLock.lock();
    if (queue.empty()) {
      fingParked = true;
      rt::gopark(unlockFin, nullptr, "finalizer wait");
      continue;
    }
    running = queue.front();
    queue.pop_front();
    finLock.unlock();
    call(running);
    running = Finalizer{};
  }
}

[[noreturn]] void badFinalizer(const std::string& msg) { rt::fatal("runtime.SetFinalizer: " + msg); }

// The finalizer's parameter, checked as Go does: the object's own pointer
// type, or an interface it satisfies; results are ignored.
const TypeDesc* finalizerArg(const TypeDesc* objType, const TypeDesc* finType) {
  if (finType->kind != Kind::Func) badFinalizer(std::string("second argument is ") + finType->str + ", not a function");
  uint64_t nin = finType->len & 0xffff;
  auto* params = static_cast<const TypeDesc* const*>(finType->fields);
  if (nin != 1 || (finType->len >> 32 & 1)) badFinalizer(std::string("cannot pass ") + objType->str + " to finalizer " + finType->str);
  const TypeDesc* arg = params[0];
  if (arg == objType) return arg;
  if (arg->kind == Kind::Interface && (arg->len == 0 || goji_itab(arg, objType))) return arg;
  badFinalizer(std::string("cannot use type ") + objType->str + " as type " + arg->str + " in finalizer");
}

}  // namespace

void setFinalizer(const TypeDesc* objType, void* obj, const TypeDesc* finType, Closure* fn) {
  if (!objType) badFinalizer("first argument is nil");
  if (objType->kind != Kind::Pointer) badFinalizer(std::string("first argument is ") + objType->str + ", not pointer");
  if (!obj) badFinalizer("nil pointer");
  auto p = reinterpret_cast<uintptr_t>(obj);
  MSpan* s = mheap().spanOf(p);
  // Go ignores objects outside the heap (globals, zero-sized objects).
  if (!s) return;
  uintptr_t base = s->sizeclass ? s->base + s->objIndex(p) * s->elemsize : s->base;
  if (base != p) badFinalizer("pointer not at beginning of allocated block");
  rt::LockGuard l(finLock);
  if (!finType) {
    table.erase(p);
    return;
  }
  const TypeDesc* arg = finalizerArg(objType, finType);
  if (!table.emplace(p, Finalizer{obj, fn, objType, arg}).second) badFinalizer("finalizer already set");
}

void markFinalizerRoots(const std::function<void(uintptr_t obj)>& scanReferents,
                        const std::function<void(void** slot)>& shadeSlot) {
  for (auto& [obj, f] : table) {
    MSpan* s = mheap().spanOf(obj);
    if (!s->noscan) scanReferents(obj);
    shadeSlot(reinterpret_cast<void**>(&f.fn));
  }
  for (Finalizer& f : queue) {
    shadeSlot(&f.obj);
    shadeSlot(reinterpret_cast<void**>(&f.fn));
  }
  shadeSlot(&running.obj);
  shadeSlot(reinterpret_cast<void**>(&running.fn));
}

void queueFinalizers(const std::function<bool(uintptr_t obj)>& isMarked,
                     const std::function<void(uintptr_t obj)>& grey) {
  for (auto it = table.begin(); it != table.end();) {
    if (isMarked(it->first)) {
      ++it;
      continue;
    }
    queue.push_back(it->second);
    grey(it->first);
    it = table.erase(it);
  }
}

void wakeFinalizers() {
  rt::LockGuard l(finLock);
  if (queue.empty()) return;
  if (!fing) {
    fing = rt::newSystemProc(runfinq);
  } else if (fingParked) {
    fingParked = false;
    rt::goready(fing);
  }
}

}  // namespace goji::gc
