// The scheduler proper (after Go's runtime/proc.go): Ms, Ps, run queues,
// parking and readying goroutines, system calls, stopping the world and the
// deadlock check. The design and its invariants head sched.h.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gc/heap.h"
#include "vm/runtime.h"
#include "vm/sema.h"
#include "vm/sched_internal.h"

// goji_swapctx(save, sp): saves the callee-saved registers on the current
// stack and the stack pointer in *save, then resumes the context whose stack
// pointer is sp. goji_gostart is where a new goroutine's context first
// resumes: r12 holds its G.
asm(R"(
  .text
  .globl goji_swapctx
  .type goji_swapctx, @function
goji_swapctx:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size goji_swapctx, .-goji_swapctx

  .globl goji_gostart
  .type goji_gostart, @function
goji_gostart:
  movq %r12, %rdi
  call goji_gomain
  ud2
  .size goji_gostart, .-goji_gostart
)");

extern "C" void goji_gostart();

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace goji::rt {

// ThreadSanitizer follows goroutines as fibers: each G is one, g0 is its
// thread's own, and every context switch says where it goes.
#if defined(__SANITIZE_THREAD__)
static void tsanNewFiber(G* g) { g->tsanFiber = __tsan_create_fiber(0); }
static void tsanThreadFiber(G* g0) { g0->tsanFiber = __tsan_get_current_fiber(); }
static void tsanSwitch(G* to) { __tsan_switch_to_fiber(to->tsanFiber, 0); }
#else
static void tsanNewFiber(G*) {}
static void tsanThreadFiber(G*) {}
static void tsanSwitch(G*) {}
#endif

namespace {
G g0;  // the context of threads that are not Ms (the compiler, unit tests)
}  // namespace

constinit thread_local G* curg = &g0;
constinit thread_local M* curm = nullptr;

Sched sched;
std::atomic<bool> mainStarted{false};

namespace {
uint32_t worldsema = 1;  // held from stopTheWorld to startTheWorld
}  // namespace

namespace {

// A new goroutine's context: goji_swapctx pops six registers and returns
// to goji_gostart, which calls goji_gomain(g) with the stack aligned.
void initContext(G* g) {
  auto* sp = reinterpret_cast<uint64_t*>(g->stack.hi - 72);
  sp[0] = 0;                                           // r15
  sp[1] = 0;                                           // r14
  sp[2] = 0;                                           // r13
  sp[3] = reinterpret_cast<uint64_t>(g);               // r12
  sp[4] = 0;                                           // rbx
  sp[5] = 0;                                           // rbp: ends frame-pointer walks
  sp[6] = reinterpret_cast<uint64_t>(&goji_gostart);  // return address
  g->sp = sp;
}

// A P's own counter: only its owner writes it.
void countGoroutine(std::atomic<int64_t>& c) { c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }

// Dead Gs (with their stacks) are cached per P, moving to and from the
// global list in batches, so that creating and ending goroutines takes no
// lock (Go's gfget/gfput).
constexpr int32_t kGFreeBatch = 32;

G* gfget(P* p) {
  if (!p->gfree && sched.ngfree.load(std::memory_order_relaxed) > 0) {
    LockGuard l(sched.lock);
    while (p->gfreecnt < kGFreeBatch && sched.gfree) {
      G* g = sched.gfree;
      sched.gfree = g->schedlink;
      sched.ngfree.fetch_sub(1, std::memory_order_relaxed);
      g->schedlink = p->gfree;
      p->gfree = g;
      p->gfreecnt++;
    }
  }
  G* g = p->gfree;
  if (g) {
    p->gfree = g->schedlink;
    p->gfreecnt--;
  }
  return g;
}

void gfput(P* p, G* g) {
  g->schedlink = p->gfree;
  p->gfree = g;
  if (++p->gfreecnt < 2 * kGFreeBatch) return;
  LockGuard l(sched.lock);
  while (p->gfreecnt > kGFreeBatch) {
    G* h = p->gfree;
    p->gfree = h->schedlink;
    p->gfreecnt--;
    h->schedlink = sched.gfree;
    sched.gfree = h;
    sched.ngfree.fetch_add(1, std::memory_order_relaxed);
  }
}

// Held for a whole trimDeadStacks, so that FreeOSMemory returns after the
// sweeper's trim.
Lock trimLock;

}  // namespace

void takeUntrimmedGs() {
  auto take = [](G*& list) {
    int32_t n = 0;
    for (G** link = &list; *link;) {
      G* g = *link;
      if (g->stackTrimmed) {
        link = &g->schedlink;
        continue;
      }
      *link = g->schedlink;
      g->schedlink = sched.untrimmed;
      sched.untrimmed = g;
      n++;
    }
    return n;
  };
  LockGuard l(sched.lock);
  for (P* p : sched.allp) {
    if (p) p->gfreecnt -= take(p->gfree);
  }
  sched.ngfree.fetch_sub(take(sched.gfree));
}

void trimDeadStacks() {
  LockGuard t(trimLock);
  G* list;
  {
    LockGuard l(sched.lock);
    list = sched.untrimmed;
    sched.untrimmed = nullptr;
  }
  if (!list) return;
  G* last = nullptr;
  int32_t n = 0;
  for (G* g = list; g; g = g->schedlink) {
    releaseStackPages(g->stack);
    g->stackTrimmed = true;
    last = g;
    n++;
  }
  LockGuard l(sched.lock);
  last->schedlink = sched.gfree;
  sched.gfree = list;
  sched.ngfree.fetch_add(n);
}

namespace {

G* newG(P* p, Stack stack) {
  G* g = stack.lo ? nullptr : gfget(p);
  if (!g) {
    g = new G();
    g->stack = stack.lo ? stack : stackalloc();
    tsanNewFiber(g);
    LockGuard l(sched.lock);
    sched.allgs.push_back(g);
  }
  if (p->goidcache == p->goidcacheend) {
    constexpr uint64_t kGoidBatch = 16;
    p->goidcache = sched.goidgen.fetch_add(kGoidBatch, std::memory_order_relaxed) + 1;
    p->goidcacheend = p->goidcache + kGoidBatch;
  }
  g->id = p->goidcache++;
  g->schedlink = nullptr;
  g->defers = nullptr;
  g->panic = nullptr;
  g->anchors.clear();
  g->preempt.store(false, std::memory_order_relaxed);
  g->waiting = nullptr;
  g->param = nullptr;
  g->stackTrimmed = false;
  initContext(g);
  return g;
}

void installSigaltstack() {
  static thread_local uint8_t altStack[1 << 16];
  stack_t ss{};
  ss.ss_sp = altStack;
  ss.ss_size = sizeof altStack;
  sigaltstack(&ss, nullptr);
}

void* mstart(void* arg);

M* allocm() {
  M* m = new M();
  m->g0 = new G();
  m->g0->system = true;
  m->g0->m = m;
  m->fastrand = static_cast<uint32_t>(nanotime()) * 2654435761u + static_cast<uint32_t>(sched.mcount) + 1;
  LockGuard l(sched.lock);
  m->id = sched.mcount++;
  sched.allms.push_back(m);
  return m;
}

void newm(P* p, bool spinning) {
  M* m = allocm();
  m->nextp = p;
  m->spinning = spinning;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1 << 20);
  pthread_t t;
  if (pthread_create(&t, &attr, mstart, m) != 0) fatal("newosproc");
  pthread_detach(t);
  pthread_attr_destroy(&attr);
}

}  // namespace

// ---- P and M lists (sched.lock held) ----

void pidleput(P* p) {
  p->status.store(PStatus::Idle, std::memory_order_relaxed);
  p->m = nullptr;
  p->link = sched.pidle;
  sched.pidle = p;
  sched.npidle.fetch_add(1, std::memory_order_seq_cst);
}

namespace {

// Wakes sysmon if it sleeps (sched.lock held): a P became busy, or the
// world restarted (sysmon sleeps through a stop, as Go's does).
void wakeSysmon() {
  if (sched.sysmonwait) {
    sched.sysmonwait = false;
    sched.sysmonnote.wakeup();
  }
}

}  // namespace

P* pidleget() {
  P* p = sched.pidle;
  if (!p) return nullptr;
  sched.pidle = p->link;
  sched.npidle.fetch_sub(1, std::memory_order_seq_cst);
  wakeSysmon();
  return p;
}

namespace {

void mput(M* m) {
  m->schedlink = sched.midle;
  sched.midle = m;
  sched.nmidle++;
  checkdead();
}

M* mget() {
  M* m = sched.midle;
  if (m) {
    sched.midle = m->schedlink;
    sched.nmidle--;
  }
  return m;
}

void acquirep(M* m, P* p) {
  m->p = p;
  p->m = m;
  p->status.store(PStatus::Running, std::memory_order_relaxed);
}

P* releasep(M* m) {
  P* p = m->p;
  m->p = nullptr;
  p->m = nullptr;
  return p;
}

// Parks the M until startm hands it a P.
void stopm(M* m) {
  {
    LockGuard l(sched.lock);
    mput(m);
  }
  m->park.sleep();
  m->park.clear();
  acquirep(m, m->nextp);
  m->nextp = nullptr;
}

// Runs p (an idle P if null) on an idle M or a new one. spinning: the M
// looks for work to steal (nmspinning was raised for it).
void startm(P* p, bool spinning) {
  sched.lock.lock();
  if (!p) {
    p = pidleget();
    if (!p) {
      sched.lock.unlock();
      if (spinning) sched.nmspinning.fetch_sub(1);
      return;
    }
  }
  M* m = mget();
  sched.lock.unlock();
  if (!m) {
    newm(p, spinning);
    return;
  }
  m->spinning = spinning;
  m->nextp = p;
  m->park.wakeup();
}

// The P of an M entering a blocking call: another M runs it if it has work.
void handoffp(P* p) {
  if (!runqempty(p) || sched.runqsize.load() != 0) {
    startm(p, false);
    return;
  }
  int32_t zero = 0;
  if (!sched.gcwaiting.load() && sched.nmspinning.load() + sched.npidle.load() == 0 &&
      sched.nmspinning.compare_exchange_strong(zero, 1)) {
    startm(p, true);
    return;
  }
  sched.lock.lock();
  if (sched.gcwaiting.load()) {
    p->status.store(PStatus::Stopped);
    if (--sched.stopwait == 0) sched.stopnote.wakeup();
    sched.lock.unlock();
    return;
  }
  if (sched.runqsize.load() != 0) {  // queued since the first look (exitsyscall's goroutine)
    sched.lock.unlock();
    startm(p, false);
    return;
  }
  pidleput(p);
  sched.lock.unlock();
}

void resetspinning(M* m) {
  m->spinning = false;
  if (sched.nmspinning.fetch_sub(1) == 1 && sched.npidle.load() > 0) wakep();
}

// The P of this M stops for a stopped world; the M parks until restarted.
void gcstopm(M* m) {
  if (m->spinning) {
    m->spinning = false;
    sched.nmspinning.fetch_sub(1);
  }
  P* p = releasep(m);
  {
    LockGuard l(sched.lock);
    p->status.store(PStatus::Stopped);
    if (--sched.stopwait == 0) sched.stopnote.wakeup();
  }
  stopm(m);
}

// A runnable goroutine for m's P, stealing or waiting for one if need be.
G* findRunnable(M* m) {
top:
  if (sched.gcwaiting.load()) {
    gcstopm(m);
    goto top;
  }
  P* p = m->p;
  if (p->schedtick % 61 == 0 && sched.runqsize.load() > 0) {
    LockGuard l(sched.lock);
    if (G* g = globrunqget(p, 1)) return g;
  }
  if (G* g = runqget(p)) return g;
  if (sched.runqsize.load() > 0) {
    LockGuard l(sched.lock);
    if (G* g = globrunqget(p, 0)) return g;
  }
  // Steal, unless enough Ms are already spinning.
  int32_t procs = sched.gomaxprocs;
  if (m->spinning || 2 * sched.nmspinning.load() < procs - sched.npidle.load()) {
    if (!m->spinning) {
      m->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    for (int round = 0; round < 4; round++) {
      uint32_t start = fastrandn(static_cast<uint32_t>(procs));
      for (int32_t i = 0; i < procs; i++) {
        P* victim = sched.allp[(start + static_cast<uint32_t>(i)) % static_cast<uint32_t>(procs)];
        if (victim == p) continue;
        if (G* g = runqsteal(p, victim, round == 3)) return g;
      }
    }
  }
  // Nothing to do: give up the P and sleep.
  sched.lock.lock();
  if (sched.gcwaiting.load()) {
    sched.lock.unlock();
    goto top;
  }
  if (sched.runqsize.load() > 0) {
    G* g = globrunqget(p, 0);
    sched.lock.unlock();
    return g;
  }
  releasep(m);
  pidleput(p);
  sched.lock.unlock();
  bool wasSpinning = m->spinning;
  if (m->spinning) {
    m->spinning = false;
    sched.nmspinning.fetch_sub(1);
  }
  // A goroutine made runnable after our last look, by an M that saw no idle
  // P, must not be stranded (runqput then wakep orders against this).
  for (int32_t i = 0; i < procs; i++) {
    if (!runqempty(sched.allp[i])) {
      sched.lock.lock();
      P* q = pidleget();
      sched.lock.unlock();
      if (q) {
        acquirep(m, q);
        if (wasSpinning) {
          m->spinning = true;
          sched.nmspinning.fetch_add(1);
        }
        goto top;
      }
      break;
    }
  }
  stopm(m);
  goto top;
}

void execute(M* m, G* g) {
  g->status.store(GStatus::Running, std::memory_order_relaxed);
  g->m = m;
  m->curg = g;
  m->p->schedtick++;
  curg = g;
  tsanSwitch(g);
  goji_swapctx(&m->g0->sp, g->sp);
  // Back on g0: g parked, yielded, exited or blocked in a system call.
  curm = m = g->m;  // the same M: only this M switches back to its g0
  curg = m->g0;
  m->curg = nullptr;
  switch (m->after) {
    case After::Park:
      g->status.store(GStatus::Waiting, std::memory_order_release);
      if (m->parkUnlock) m->parkUnlock(m->parkArg);
      break;
    case After::Yield: {
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      LockGuard l(sched.lock);
      globrunqput(g);
      break;
    }
    case After::YieldLocal:
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      runqput(m->p, g, false);
      break;
    case After::Exit:
      g->status.store(GStatus::Dead, std::memory_order_relaxed);
      g->m = nullptr;
      g->fn = nullptr;
      countGoroutine(m->p->goended);
      gfput(m->p, g);
      break;
    case After::SyscallNoP: {
      // exitsyscall found no P: take one that became idle since, or queue
      // g and wait. One critical section against handoffp's last look.
      g->status.store(GStatus::Runnable, std::memory_order_relaxed);
      sched.lock.lock();
      P* p = sched.gcwaiting.load() ? nullptr : pidleget();
      if (!p) globrunqput(g);
      sched.lock.unlock();
      if (p) {
        acquirep(m, p);
        runqput(p, g, false);
      } else {
        stopm(m);
      }
      break;
    }
    case After::None: fatal("goroutine switched to g0 without a reason");
  }
  m->after = After::None;
}

[[noreturn]] void schedule(M* m) {
  for (;;) {
    G* g = findRunnable(m);
    if (m->spinning) resetspinning(m);
    execute(m, g);
  }
}

void* mstart(void* arg) {
  M* m = static_cast<M*>(arg);
  curm = m;
  curg = m->g0;
  tsanThreadFiber(m->g0);
  installSigaltstack();
  acquirep(m, m->nextp);
  m->nextp = nullptr;
  schedule(m);
}

// Switches from the running goroutine to its M's g0, which does `after`.
void mcall(After after) {
  G* g = getg();
  M* m = g->m;
  m->after = after;
  tsanSwitch(m->g0);
  goji_swapctx(&g->sp, m->g0->sp);
}

}  // namespace

void wakep() {
  if (sched.npidle.load(std::memory_order_seq_cst) == 0) return;
  int32_t zero = 0;
  if (sched.nmspinning.load() != 0 || !sched.nmspinning.compare_exchange_strong(zero, 1)) return;
  startm(nullptr, true);
}

void newproc(Closure* fn) {
  G* g = newG(getg()->m->p, Stack{});
  g->fn = fn;
  g->entry = nullptr;
  g->system = false;
  countGoroutine(getg()->m->p->gostarted);
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  runqput(getg()->m->p, g, true);
  if (mainStarted) wakep();
}

G* newSystemProc(void (*entry)()) {
  G* g = newG(getg()->m->p, Stack{});
  g->entry = entry;
  g->system = true;
  countGoroutine(getg()->m->p->gostarted);
  sched.ngsys.fetch_add(1);
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  runqput(getg()->m->p, g, false);
  if (mainStarted) wakep();
  return g;
}

void gopark(void (*unlock)(void*), void* arg, const char* reason) {
  G* g = getg();
  g->waitreason = reason;
  M* m = g->m;
  m->parkUnlock = unlock;
  m->parkArg = arg;
  mcall(After::Park);
}

void goready(G* g) {
  GStatus s = GStatus::Waiting;
  if (!g->status.compare_exchange_strong(s, GStatus::Runnable)) fatal("bad g->status in ready");
  runqput(getg()->m->p, g, true);
  wakep();
}

void gosched() { mcall(After::Yield); }

void goyield() { mcall(After::YieldLocal); }

void goexit() {
  mcall(After::Exit);
  __builtin_unreachable();
}

void entersyscall() {
  G* g = getg();
  M* m = g->m;
  if (!m) return;  // not on a goroutine (the compiler, unit tests)
  g->status.store(GStatus::Syscall, std::memory_order_relaxed);
  P* p = m->p;
  p->syscalltick++;
  m->oldp = p;
  p->status.store(PStatus::Syscall, std::memory_order_release);
}

void entersyscallblock() {
  G* g = getg();
  M* m = g->m;
  if (!m) return;
  g->status.store(GStatus::Syscall, std::memory_order_relaxed);
  P* p = releasep(m);
  p->syscalltick++;
  m->oldp = nullptr;  // handed off: exitsyscall must not take it back by its status
  p->status.store(PStatus::Idle, std::memory_order_release);
  handoffp(p);
}

void exitsyscall() {
  G* g = getg();
  M* m = g->m;
  if (!m) return;
  P* p = m->oldp;
  m->oldp = nullptr;
  PStatus s = PStatus::Syscall;
  if (p && p->status.compare_exchange_strong(s, PStatus::Running)) {
    // Since sysmon may have retaken p and another M's goroutine entered a
    // system call on it, p is ours by this CAS alone, not by m->p.
    acquirep(m, p);
    g->status.store(GStatus::Running, std::memory_order_relaxed);
    return;
  }
  // sysmon or a stopping world took the P.
  m->p = nullptr;
  if (!sched.gcwaiting.load()) {
    sched.lock.lock();
    P* q = pidleget();
    sched.lock.unlock();
    if (q) {
      acquirep(m, q);
      g->status.store(GStatus::Running, std::memory_order_relaxed);
      return;
    }
  }
  mcall(After::SyscallNoP);
  g->status.store(GStatus::Running, std::memory_order_relaxed);
}

// sysmon: retakes a P whose M has been in a system call since the last look
void retakeSyscallP(P* p) {
  PStatus s = PStatus::Syscall;
  if (!p->status.compare_exchange_strong(s, PStatus::Idle)) return;
  handoffp(p);
}

void stopTheWorld() {
  semacquire(&worldsema);
  M* m = getg()->m;
  {
    LockGuard l(sched.lock);
    sched.stopwait = sched.gomaxprocs;
    sched.gcwaiting.store(true);
    m->p->status.store(PStatus::Stopped);
    sched.stopwait--;
    for (int32_t i = 0; i < sched.gomaxprocs; i++) {
      P* p = sched.allp[i];
      PStatus s = PStatus::Syscall;
      if (p->status.compare_exchange_strong(s, PStatus::Stopped)) sched.stopwait--;
    }
    while (P* p = pidleget()) {
      p->status.store(PStatus::Stopped);
      sched.stopwait--;
    }
  }
  while (true) {
    {
      LockGuard l(sched.lock);
      if (sched.stopwait == 0) break;
      sched.stopnote.clear();
    }
    preemptall();
    sched.stopnote.sleepUntil(nanotime() + 100000);
  }
}

void startTheWorld() {
  M* m = getg()->m;
  std::vector<P*> withWork;
  {
    LockGuard l(sched.lock);
    procresize(sched.newprocs ? sched.newprocs : sched.gomaxprocs);
    sched.newprocs = 0;
    sched.gcwaiting.store(false);
    wakeSysmon();
    m->p->status.store(PStatus::Running);
    for (int32_t i = 0; i < sched.gomaxprocs; i++) {
      P* p = sched.allp[i];
      if (p == m->p) continue;
      if (!runqempty(p)) {
        withWork.push_back(p);
      } else {
        pidleput(p);
      }
    }
  }
  for (P* p : withWork) startm(p, false);
  wakep();
  semrelease(&worldsema);
}

bool syncCanSpin(int64_t i) {
  static const bool multicore = ::sysconf(_SC_NPROCESSORS_ONLN) > 1;
  if (i >= 4 || !multicore || sched.gomaxprocs <= sched.npidle.load() + sched.nmspinning.load() + 1) return false;
  M* m = getg()->m;
  return m && m->p && runqempty(m->p);
}

int64_t numGoroutine() {
  int64_t n = 0;
  for (P* p : sched.allp) {
    if (p) n += p->gostarted.load(std::memory_order_relaxed) - p->goended.load(std::memory_order_relaxed);
  }
  return n - sched.ngsys.load();
}

int64_t defaultMaxProcs() {
  const char* env = std::getenv("GOMAXPROCS");
  long v = env ? std::atol(env) : 0;
  if (v > 0) return v > kMaxProcs ? kMaxProcs : v;
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (n > kMaxProcs ? kMaxProcs : n) : 1;
}

int64_t setMaxProcs(int64_t n) {
  int64_t old = sched.gomaxprocs;
  if (n <= 0 || n == old) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  stopTheWorld();
  sched.newprocs = static_cast<int32_t>(n);
  startTheWorld();
  return old;
}

uint32_t fastrand() {
  M* m = curm;
  static thread_local uint32_t other = static_cast<uint32_t>(nanotime()) | 1;
  uint32_t& s = m ? m->fastrand : other;
  // xorshift32
  s ^= s << 13;
  s ^= s >> 17;
  s ^= s << 5;
  return s;
}

void forEachG(const std::function<void(G*)>& f) {
  std::vector<G*> gs;
  {
    LockGuard l(sched.lock);
    gs = sched.allgs;
  }
  for (G* g : gs) {
    if (g->status.load() != GStatus::Dead && g->status.load() != GStatus::Idle) f(g);
  }
}

}  // namespace goji::rt

namespace goji::gc {

// A goroutine in a system call still holds its P (entersyscall), but
// natives that enter one do not allocate until they leave it.
MCache* currentMCache() {
  rt::M* m = rt::curm;
  return m && m->p ? m->p->mcache : nullptr;
}

void forEachMCache(const std::function<void(MCache*)>& f) {
  for (rt::P* p : rt::sched.allp) {
    if (p && p->mcache) f(p->mcache);
  }
}

}  // namespace goji::gc

namespace goji::rt {

[[noreturn]] void schedmain(void (*entry)()) {
  if (verifyRoots()) requestPoll();
  installSigaltstack();
  M* m = allocm();
  curm = m;
  curg = m->g0;
  tsanThreadFiber(m->g0);
  {
    LockGuard l(sched.lock);
    int32_t n = static_cast<int32_t>(defaultMaxProcs());
    procresize(n);
    for (int32_t i = n; i-- > 1;) pidleput(sched.allp[i]);
  }
  acquirep(m, sched.allp[0]);
  G* g = newG(m->p, mainStackAlloc());
  g->isMain = true;
  g->entry = entry;
  countGoroutine(m->p->gostarted);
  g->status.store(GStatus::Runnable);
  runqput(m->p, g, false);
  startTimerProc();
  startSysmon();
  mainStarted = true;
  schedule(m);
}

}  // namespace goji::rt

using namespace goji::rt;

// The first code a goroutine runs.
extern "C" [[noreturn]] void goji_gomain(G* g) {
  if (g->entry) {
    g->entry();
    if (!g->isMain) goexit();
    // As Go: when main.main returns the program exits, without waiting.
    std::fflush(stdout);
    std::fflush(stderr);
    _exit(0);
  }
  Closure* c = g->fn;
  g->fn = nullptr;
  reinterpret_cast<void (*)(Closure*)>(c->fn)(c);
  goexit();
}
