// sysmon, the monitor thread (Go's sysmon), preemption requests and the
// deadlock check.
//
// sysmon runs without a P. While any P is busy it wakes every 20 µs,
// backing off to 10 ms when there is nothing to do; when every P is idle it
// sleeps on sched.sysmonnote until pidleget wakes it, so an idle program
// uses no CPU. Each round it asks a goroutine that has held its P for more
// than 10 ms to yield, and retakes the P of an M that has been in a system
// call since its last look when that P has work or no other M could run it.
#include <pthread.h>
#include <unistd.h>

#include <string>

#include "gc/mgc.h"
#include "vm/runtime.h"
#include "vm/sched_internal.h"

namespace goji::rt {

namespace {

constexpr int64_t kForcePreemptNs = 10 * 1000 * 1000;

// Asks the goroutine running on p to yield at its next safepoint. sysmon
// reads p->m, m->curg and the ticks racily, as Go's does: a stale value
// costs one late or needless preemption request.
GOJI_NO_TSAN void preemptone(P* p) {
  M* m = p->m;
  if (!m) return;
  G* g = m->curg;
  if (!g || g == m->g0) return;
  g->preempt.store(true, std::memory_order_relaxed);
  requestPoll();
}

GOJI_NO_TSAN void retake(int64_t now) {
  LockGuard l(sched.lock);
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* p = sched.allp[i];
    PStatus s = p->status.load();
    if (s == PStatus::Running) {
      if (p->sysmonTick != p->schedtick) {
        p->sysmonTick = p->schedtick;
        p->sysmonWhen = now;
      } else if (p->sysmonWhen + kForcePreemptNs <= now) {
        preemptone(p);
      }
    } else if (s == PStatus::Syscall) {
      if (p->sysmonSyscallTick != p->syscalltick) {
        p->sysmonSyscallTick = p->syscalltick;
        p->sysmonWhen = now;
        continue;
      }
      if (runqempty(p) && sched.nmspinning.load() + sched.npidle.load() > 0 &&
          p->sysmonWhen + kForcePreemptNs > now) {
        continue;
      }
      sched.nretaking++;
      sched.lock.unlock();
      retakeSyscallP(p);
      sched.lock.lock();
      sched.nretaking--;
      checkdead();
    }
  }
}

void* sysmon(void*) {
  int64_t idle = 0;
  int64_t delay = 0;
  for (;;) {
    delay = idle == 0 ? 20 : idle > 50 ? delay * 2 : delay;
    if (delay > 10000) delay = 10000;
    ::usleep(static_cast<useconds_t>(delay));
    sched.lock.lock();
    if (sched.gcwaiting.load() || sched.npidle.load() == sched.gomaxprocs) {
      sched.sysmonwait = true;
      sched.sysmonnote.clear();
      sched.lock.unlock();
      sched.sysmonnote.sleep();
      idle = 0;
      continue;
    }
    sched.lock.unlock();
    int32_t before = sched.npidle.load();
    int64_t now = nanotime();
    retake(now);
    gc::scavengeIdle(now);
    idle = sched.npidle.load() == before ? idle + 1 : 0;
  }
}

}  // namespace

void preemptall() {
  for (int32_t i = 0; i < sched.gomaxprocs; i++) {
    P* p = sched.allp[i];
    if (p->status.load() == PStatus::Running) preemptone(p);
  }
}

void startSysmon() {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1 << 18);
  pthread_t t;
  if (pthread_create(&t, &attr, sysmon, nullptr) != 0) fatal("cannot start sysmon");
  pthread_detach(t);
  pthread_attr_destroy(&attr);
}

// Called with sched.lock held when an M goes idle: if no M runs Go code or
// sits in a system call, no goroutine can ever become runnable again.
void checkdead() {
  int32_t run = sched.mcount - sched.nmidle + sched.nretaking;
  if (run > 0 || !mainStarted.load()) return;
  std::string out;
  if (numGoroutine() == 0) {
    out = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
  } else {
    out = "fatal error: all goroutines are asleep - deadlock!\n";
    for (G* g : sched.allgs) {
      if (g->system) continue;
      GStatus s = g->status.load();
      if (s == GStatus::Waiting) out += goroutineTrace(g, g->waitreason);
    }
  }
  writeErr(out);
  _exit(2);
}

}  // namespace goji::rt
