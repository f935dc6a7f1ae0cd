// select (a port of Go 1.19's runtime/select.go).
//
// The compiler passes the cases in an array, sends first and receives
// after; selectgo polls them in a random order, so that among ready cases
// each is chosen uniformly, and locks their channels in address order, so
// that concurrent selects cannot deadlock each other. If none is ready it
// queues a sudog on every channel and parks; the operation that completes
// one of them wins g->selectDone, and the select dequeues the rest.
#include <algorithm>
#include <span>
#include <vector>

#include "vm/chan.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

namespace goji::rt {

namespace {

struct SelectCase {
  Hchan* c;
  void* elem;
};

struct SelectLocks {
  std::span<Hchan* const> order;  // distinct channels in lock order
};

void sellock(std::span<Hchan* const> order) {
  for (Hchan* c : order) c->lock.lock();
}

void selunlock(std::span<Hchan* const> order) {
  for (size_t i = order.size(); i-- > 0;) order[i]->lock.unlock();
}

void selparkcommit(void* arg) { selunlock(static_cast<SelectLocks*>(arg)->order); }

// The few slots most selects need live in the frame; more take the heap.
template <typename T, size_t N>
class CaseBuffer {
 public:
  explicit CaseBuffer(int64_t n) : data_(n <= int64_t{N} ? inline_ : (heap_.resize(static_cast<size_t>(n)), heap_.data())) {}
  T* data() { return data_; }

 private:
  T inline_[N];
  std::vector<T> heap_;
  T* data_;
};

// Returns the chosen case's index and, for a receive, whether a value was
// received; -1 if nothing was ready and block is false.
std::pair<int64_t, bool> selectgo(SelectCase* cases, int64_t nsends, int64_t nrecvs, bool block) {
  G* gp = getg();
  int64_t ncases = nsends + nrecvs;
  CaseBuffer<int64_t, 8> pollbuf(ncases);
  CaseBuffer<Hchan*, 8> lockbuf(ncases);
  int64_t* poll = pollbuf.data();
  size_t npoll = 0;
  for (int64_t i = 0; i < ncases; i++) {
    if (!cases[i].c) continue;  // nil channels are never ready
    // A random permutation: insert i at a random place.
    size_t j = fastrandn(static_cast<uint32_t>(npoll + 1));
    poll[npoll] = poll[j];
    poll[j] = i;
    lockbuf.data()[npoll++] = cases[i].c;
  }
  std::span<int64_t> pollorder(poll, npoll);
  std::sort(lockbuf.data(), lockbuf.data() + npoll);
  std::span<Hchan* const> lockorder(lockbuf.data(), std::unique(lockbuf.data(), lockbuf.data() + npoll));

  if (lockorder.empty() && !block) return {-1, false};
  if (pollorder.empty()) {
    gopark(nullptr, nullptr, "select (no cases)");
    fatal("unreachable");
  }

  sellock(lockorder);
  auto unlockAll = [&] { selunlock(lockorder); };
  // Pass 1: a case that is ready now.
  for (int64_t i : pollorder) {
    SelectCase& cas = cases[i];
    Hchan* c = cas.c;
    if (i >= nsends) {
      if (Sudog* sg = c->sendq.dequeue()) {
        recv(c, sg, cas.elem, unlockAll);
        return {i, true};
      }
      if (c->qcount > 0) {
        bufrecv(c, cas.elem);
        selunlock(lockorder);
        return {i, true};
      }
      if (c->closed) {
        selunlock(lockorder);
        if (cas.elem) typedmemclr(c->elemtype, cas.elem);
        return {i, false};
      }
    } else {
      if (c->closed) {
        selunlock(lockorder);
        panicPlain("send on closed channel");
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        send(c, sg, cas.elem, unlockAll);
        return {i, false};
      }
      if (c->qcount < c->dataqsiz) {
        bufsend(c, cas.elem);
        selunlock(lockorder);
        return {i, false};
      }
    }
  }
  if (!block) {
    selunlock(lockorder);
    return {-1, false};
  }

  // Pass 2: wait on every channel, in lock order.
  std::vector<Sudog> sudogs(static_cast<size_t>(ncases));
  Sudog** nextp = &gp->waiting;
  std::vector<int64_t> byLock;
  for (Hchan* c : lockorder) {
    for (int64_t i = 0; i < ncases; i++) {
      if (cases[i].c == c) byLock.push_back(i);
    }
  }
  for (int64_t i : byLock) {
    Sudog* sg = &sudogs[static_cast<size_t>(i)];
    sg->g = gp;
    sg->isSelect = true;
    sg->elem = cases[i].elem;
    sg->c = cases[i].c;
    *nextp = sg;
    nextp = &sg->waitlink;
    if (i < nsends) {
      sg->c->sendq.enqueue(sg);
    } else {
      sg->c->recvq.enqueue(sg);
    }
  }
  gp->param = nullptr;
  SelectLocks locks{lockorder};
  gopark(selparkcommit, &locks, "select");

  // Pass 3: the case that woke us; leave the other queues.
  sellock(lockorder);
  gp->selectDone.store(0);
  Sudog* won = gp->param;
  gp->param = nullptr;
  int64_t chosen = -1;
  bool ok = false;
  for (int64_t i : byLock) {
    Sudog* sg = &sudogs[static_cast<size_t>(i)];
    if (sg == won) {
      chosen = i;
      ok = sg->success;
    } else if (i < nsends) {
      sg->c->sendq.remove(sg);
    } else {
      sg->c->recvq.remove(sg);
    }
  }
  gp->waiting = nullptr;
  if (chosen < 0) fatal("selectgo: bad wakeup");
  selunlock(lockorder);
  if (chosen < nsends && !ok) panicPlain("send on closed channel");
  return {chosen, ok};
}

}  // namespace

}  // namespace goji::rt

using namespace goji::rt;

extern "C" {

// cases: nsends send cases then nrecvs receive cases, each {channel,
// element slot or box}. Returns the chosen index * 2 + received, or -1.
int64_t goji_selectgo(void* cases, int64_t nsends, int64_t nrecvs, bool block) {
  GOJI_ANCHOR;
  auto [i, ok] = selectgo(static_cast<SelectCase*>(cases), nsends, nrecvs, block);
  return i < 0 ? -1 : i * 2 + (ok ? 1 : 0);
}

// select {}
void goji_block() {
  GOJI_ANCHOR;
  gopark(nullptr, nullptr, "select (no cases)");
  fatal("unreachable");
}

}  // extern "C"

GOJI_EXPORT(goji_selectgo);
GOJI_EXPORT(goji_block);
