// Timers (after Go 1.13's runtime/time.go): one heap of pending timers,
// ordered by expiry, served by one runtime goroutine, the timer goroutine.
//
// A timer is the time package's runtimeTimer (a heap object; its layout is
// RuntimeTimer below). The timer goroutine pops expired timers and calls
// their f(arg, seq) — sendTime's non-blocking send, goFunc's go statement —
// and re-arms periodic ones. Between expiries it waits on a note with a
// deadline inside a blocking system call, so its P serves other goroutines
// and an idle program sleeps in the kernel; with no timer pending it parks,
// so it never hides a deadlock. time.Sleep puts a timer with no f on the
// sleeping goroutine's stack; expiry readies that goroutine.
//
// Invariants:
//   - timersLock guards the heap and every pending timer's fields; a
//     timer's pp field holds its heap index + 1 while it is pending, 0
//     otherwise.
//   - The heap is a root set (the collector scans f and arg of each
//     pending timer, and sleeping goroutines' stacks hold theirs).
#include <cstdint>
#include <vector>

#include "vm/runtime.h"
#include "vm/timers.h"

namespace goji::rt {

namespace {

Lock timersLock;
std::vector<RuntimeTimer*> heap;  // guarded by timersLock
G* timerG = nullptr;
bool timerParked = false;      // the timer goroutine parked: no timer pending
bool timerSleeping = false;    // it waits on timerNote until timerSleepUntil
int64_t timerSleepUntil = 0;
Note timerNote;

void place(size_t i, RuntimeTimer* t) {
  heap[i] = t;
  t->pp = i + 1;
}

void siftup(size_t i) {
  RuntimeTimer* t = heap[i];
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (heap[parent]->when <= t->when) break;
    place(i, heap[parent]);
    i = parent;
  }
  place(i, t);
}

void siftdown(size_t i) {
  RuntimeTimer* t = heap[i];
  size_t n = heap.size();
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && heap[c + 1]->when < heap[c]->when) c++;
    if (t->when <= heap[c]->when) break;
    place(i, heap[c]);
    i = c;
  }
  place(i, t);
}

// timersLock held. Wakes the timer goroutine if t is now the earliest.
void addLocked(RuntimeTimer* t) {
  if (t->when < 0) t->when = INT64_MAX;
  heap.push_back(t);
  siftup(heap.size() - 1);
  if (t->pp != 1) return;
  if (timerSleeping && timerSleepUntil > t->when) {
    timerSleeping = false;
    timerNote.wakeup();
  }
  if (timerParked) {
    timerParked = false;
    goready(timerG);
  }
}

// timersLock held; t is pending.
void removeLocked(RuntimeTimer* t) {
  size_t i = t->pp - 1;
  RuntimeTimer* last = heap.back();
  heap.pop_back();
  t->pp = 0;
  if (i == heap.size()) return;
  place(i, last);
  siftup(i);
  siftdown(last->pp - 1);
}

void unlockTimers(void*) { timersLock.unlock(); }

void timerproc() {
  GOJI_ANCHOR;
  for (;;) {
    timersLock.lock();
    int64_t now = nanotime();
    int64_t delta = -1;
    while (!heap.empty()) {
      RuntimeTimer* t = heap[0];
      delta = t->when - now;
      if (delta > 0) break;
      if (t->period > 0) {
        t->when += t->period * (1 + -delta / t->period);
        if (t->when < 0) t->when = INT64_MAX;
        siftdown(0);
      } else {
        removeLocked(t);
      }
      Closure* f = t->f;
      Iface arg = t->arg;
      uint64_t seq = t->seq;
      timersLock.unlock();
      if (f) {
        reinterpret_cast<void (*)(Closure*, const void*, void*, uint64_t)>(f->fn)(f, arg.tab, arg.data, seq);
      } else {
        goready(reinterpret_cast<G*>(seq));  // time.Sleep
      }
      timersLock.lock();
      now = nanotime();
      delta = -1;
    }
    if (delta < 0) {
      timerParked = true;
      gopark(unlockTimers, nullptr, "timer goroutine (idle)");
      continue;
    }
    timerSleeping = true;
    timerSleepUntil = now + delta;
    timerNote.clear();
    timersLock.unlock();
    {
      Syscall blocking(true);
      timerNote.sleepUntil(now + delta);
    }
    LockGuard l(timersLock);
    timerSleeping = false;
  }
}

}  // namespace

void startTimerProc() {
  timerG = newSystemProc(timerproc);
}

void startTimer(RuntimeTimer* t) {
  LockGuard l(timersLock);
  addLocked(t);
}

bool stopTimer(RuntimeTimer* t) {
  LockGuard l(timersLock);
  if (t->pp == 0) return false;
  removeLocked(t);
  return true;
}

bool resetTimer(RuntimeTimer* t, int64_t when) {
  LockGuard l(timersLock);
  bool pending = t->pp != 0;
  if (pending) removeLocked(t);
  t->when = when;
  addLocked(t);
  return pending;
}

void modTimer(RuntimeTimer* t, int64_t when, int64_t period, Closure* f, Iface arg, uint64_t seq) {
  LockGuard l(timersLock);
  if (t->pp != 0) removeLocked(t);
  t->when = when;
  t->period = period;
  writePointer(reinterpret_cast<void**>(&t->f), f);
  t->arg.tab = arg.tab;
  writePointer(&t->arg.data, arg.data);
  t->seq = seq;
  addLocked(t);
}

void sleep(int64_t ns) {
  GOJI_ANCHOR;
  if (ns <= 0) return;
  RuntimeTimer t{};
  t.when = nanotime() + ns;
  t.seq = reinterpret_cast<uint64_t>(getg());
  timersLock.lock();
  addLocked(&t);
  gopark(unlockTimers, nullptr, "sleep");
}

void forEachTimerRoot(const std::function<void(void** slot)>& f) {
  LockGuard l(timersLock);
  for (RuntimeTimer*& t : heap) {
    f(reinterpret_cast<void**>(&t));  // the timer's own object (a stack slot for time.Sleep)
    f(reinterpret_cast<void**>(&t->f));
    f(&t->arg.data);
  }
}

}  // namespace goji::rt
