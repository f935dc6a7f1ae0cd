// Channels (a port of Go 1.19's runtime/chan.go).
//
// An hchan is a heap object: a ring buffer of dataqsiz elements (its only
// pointer, buf) and two queues of sudogs, the goroutines blocked sending
// and receiving. A sudog lives in the frame of the runtime call that
// blocked, on the blocked goroutine's stack, and points at the element
// being sent or received there: a slot in a JIT frame (pointer-free
// elements) or a heap box (elements with pointers, so that the value in
// flight is reachable from the sudog, a runtime root).
//
// Invariants (as chan.go's):
//   - c->lock guards every field but dataqsiz and elemtype, which never
//     change. A send and a receive find each other under the lock: at most
//     one of sendq and recvq is non-empty, and a buffered channel has
//     waiting senders only when full and waiting receivers only when empty.
//   - A blocked goroutine's sudog is dequeued by the goroutine that
//     completes its operation (which sets success and g->param) or that
//     closes the channel (success false), and only then readied.
//   - A select's sudogs are on several queues at once; the first to
//     dequeue one wins g->selectDone and the others skip it.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>

#include "gc/heap.h"
#include "vm/chan.h"
#include "vm/native.h"
#include "vm/rt_types.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

namespace goji::rt {

void (*goPanicPlain)(void*, const uint8_t*, int64_t) = nullptr;

namespace {

constexpr int64_t kMaxAlloc = int64_t{1} << 48;

uint8_t zeroSizedBuf;

const TypeDesc* hchanType() {
  static const TypeDesc* t = runtimeType("runtime.hchan", sizeof(Hchan), {offsetof(Hchan, buf)});
  return t;
}

// Lock-free looks for non-blocking operations (chan.go's full and empty):
// a stale answer is one the operation could have got a moment earlier.
GOJI_NO_TSAN bool full(Hchan* c) {
  if (c->dataqsiz == 0) return c->recvq.first == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz;
}

GOJI_NO_TSAN bool empty(Hchan* c) {
  if (c->dataqsiz == 0) return __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

GOJI_NO_TSAN bool closedNow(Hchan* c) { return __atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) != 0; }

void unlockChan(void* c) { static_cast<Hchan*>(c)->lock.unlock(); }

// Parks the running goroutine on q (c locked; the park unlocks it) until a
// peer completes its operation on ep or c closes; reports which.
bool waitOn(Hchan* c, WaitQ& q, void* ep, const char* reason) {
  G* gp = getg();
  Sudog mysg;
  mysg.elem = ep;
  mysg.g = gp;
  mysg.c = c;
  gp->waiting = &mysg;
  gp->param = nullptr;
  q.enqueue(&mysg);
  gopark(unlockChan, c, reason);
  gp->waiting = nullptr;
  gp->param = nullptr;
  return mysg.success;
}


}  // namespace

void bufsend(Hchan* c, const void* ep) {
  copyElem(c, chanbuf(c, c->sendx), ep);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount++;
}

void bufrecv(Hchan* c, void* ep) {
  uint8_t* qp = chanbuf(c, c->recvx);
  if (ep) copyElem(c, ep, qp);
  typedmemclr(c->elemtype, qp);
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount--;
}

// A send to a receiver found waiting: c is locked; unlock releases it (and,
// in a select, the other channels).
void send(Hchan* c, Sudog* sg, const void* ep, const std::function<void()>& unlock) {
  if (sg->elem) copyElem(c, sg->elem, ep);
  G* gp = sg->g;
  unlock();
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// A receive from a sender found waiting: c is locked; unlocks it. On a
// full buffered channel the receiver takes the head and the sender's value
// goes to the tail.
void recv(Hchan* c, Sudog* sg, void* ep, const std::function<void()>& unlock) {
  if (c->dataqsiz == 0) {
    if (ep) copyElem(c, ep, sg->elem);
  } else {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (ep) copyElem(c, ep, qp);
    copyElem(c, qp, sg->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  G* gp = sg->g;
  unlock();
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

void WaitQ::enqueue(Sudog* sg) {
  sg->next = nullptr;
  sg->prev = last;
  if (last) {
    last->next = sg;
  } else {
    first = sg;
  }
  last = sg;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* sg = first;
    if (!sg) return nullptr;
    first = sg->next;
    if (first) {
      first->prev = nullptr;
    } else {
      last = nullptr;
    }
    sg->next = nullptr;
    // A select that another case already won is not woken again.
    uint32_t zero = 0;
    if (sg->isSelect && !sg->g->selectDone.compare_exchange_strong(zero, 1)) continue;
    return sg;
  }
}

void WaitQ::remove(Sudog* sg) {
  Sudog* x = sg->prev;
  Sudog* y = sg->next;
  if (x) {
    if (y) {
      x->next = y;
      y->prev = x;
    } else {
      x->next = nullptr;
      last = x;
    }
  } else if (y) {
    y->prev = nullptr;
    first = y;
  } else if (first == sg) {
    first = nullptr;
    last = nullptr;
  } else {
    return;  // already dequeued
  }
  sg->next = nullptr;
  sg->prev = nullptr;
}

[[noreturn]] void panicPlain(const char* msg) {
  GOJI_ANCHOR;
  String s = native::newString(msg);
  goPanicPlain(nullptr, s.data, s.len);
  __builtin_unreachable();
}

Hchan* makechan(const TypeDesc* chanType, int64_t size) {
  const TypeDesc* elem = chanType->elem;
  if (size < 0 || (elem->size && static_cast<uint64_t>(size) > kMaxAlloc / elem->size)) {
    panicPlain("makechan: size out of range");
  }
  GOJI_ANCHOR;
  auto* c = static_cast<Hchan*>(gc::mallocgc(sizeof(Hchan), hchanType()));
  uint64_t bytes = elem->size * static_cast<uint64_t>(size);
  void* buf = bytes ? gc::mallocgc(bytes, elem->ptrdata ? elem : nullptr) : &zeroSizedBuf;
  if (bytes) {
    writePointer(reinterpret_cast<void**>(&c->buf), buf);
  } else {
    c->buf = static_cast<uint8_t*>(buf);  // static data: no barrier
  }
  c->elemtype = elem;
  c->dataqsiz = static_cast<uint64_t>(size);
  return c;
}

bool chansend(Hchan* c, const void* ep, bool block) {
  if (!c) {
    if (!block) return false;
    gopark(nullptr, nullptr, "chan send (nil chan)");
    fatal("unreachable");
  }
  if (!block && !closedNow(c) && full(c)) return false;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicPlain("send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send(c, sg, ep, [c] { c->lock.unlock(); });
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    bufsend(c, ep);
    c->lock.unlock();
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  if (!waitOn(c, c->sendq, const_cast<void*>(ep), "chan send")) panicPlain("send on closed channel");
  return true;
}

RecvResult chanrecv(Hchan* c, void* ep, bool block) {
  if (!c) {
    if (!block) return {false, false};
    gopark(nullptr, nullptr, "chan receive (nil chan)");
    fatal("unreachable");
  }
  if (!block && empty(c)) {
    if (!closedNow(c)) return {false, false};
    if (empty(c)) {
      if (ep) typedmemclr(c->elemtype, ep);
      return {true, false};
    }
  }
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (ep) typedmemclr(c->elemtype, ep);
    return {true, false};
  }
  if (!c->closed) {
    if (Sudog* sg = c->sendq.dequeue()) {
      recv(c, sg, ep, [c] { c->lock.unlock(); });
      return {true, true};
    }
  }
  if (c->qcount > 0) {
    bufrecv(c, ep);
    c->lock.unlock();
    return {true, true};
  }
  if (!block) {
    c->lock.unlock();
    return {false, false};
  }
  return {true, waitOn(c, c->recvq, ep, "chan receive")};
}

void closechan(Hchan* c) {
  if (!c) panicPlain("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panicPlain("close of closed channel");
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);
  std::vector<G*> glist;
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem) {
      typedmemclr(c->elemtype, sg->elem);
      sg->elem = nullptr;
    }
    sg->g->param = sg;
    sg->success = false;
    glist.push_back(sg->g);
  }
  while (Sudog* sg = c->sendq.dequeue()) {
    sg->elem = nullptr;
    sg->g->param = sg;
    sg->success = false;
    glist.push_back(sg->g);
  }
  c->lock.unlock();
  for (G* g : glist) goready(g);
}

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

Hchan* goji_makechan(const TypeDesc* chanType, int64_t size) { return makechan(chanType, size); }

// Elements with pointers arrive in heap boxes (goji_chansend), others in
// slots of the caller's frame (_slot); the runtime treats both alike.
void goji_chansend(Hchan* c, void* box) {
  GOJI_ANCHOR;
  chansend(c, box, true);
}
void goji_chansend_slot(Hchan* c, void* slot) {
  GOJI_ANCHOR;
  chansend(c, slot, true);
}
bool goji_chanrecv(Hchan* c, void* box) {
  GOJI_ANCHOR;
  return chanrecv(c, box, true).received;
}
bool goji_chanrecv_slot(Hchan* c, void* slot) {
  GOJI_ANCHOR;
  return chanrecv(c, slot, true).received;
}
void goji_closechan(Hchan* c) {
  GOJI_ANCHOR;
  closechan(c);
}
GOJI_NO_TSAN int64_t goji_chanlen(Hchan* c) { return c ? static_cast<int64_t>(__atomic_load_n(&c->qcount, __ATOMIC_RELAXED)) : 0; }
int64_t goji_chancap(Hchan* c) { return c ? static_cast<int64_t>(c->dataqsiz) : 0; }

// go f(...): the closure runs on a new goroutine.
void goji_go(Closure* fn) {
  GOJI_ANCHOR;
  if (!fn) fatal("go of nil func value");
  newproc(fn);
}

}  // extern "C"

GOJI_EXPORT(goji_makechan);
GOJI_EXPORT(goji_chansend);
GOJI_EXPORT(goji_chansend_slot);
GOJI_EXPORT(goji_chanrecv);
GOJI_EXPORT(goji_chanrecv_slot);
GOJI_EXPORT(goji_closechan);
GOJI_EXPORT(goji_chanlen);
GOJI_EXPORT(goji_chancap);
GOJI_EXPORT(goji_go);
