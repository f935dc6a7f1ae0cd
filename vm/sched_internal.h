// The scheduler's own structures: Ms, Ps and the global scheduler state
// (shared by proc.cpp, runq.cpp, sysmon.cpp and the deadlock check). The
// design and invariants head sched.h.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "vm/sched.h"

namespace goji::gc {
struct MCache;
}

namespace goji::rt {

constexpr int32_t kMaxProcs = 256;
constexpr uint32_t kRunqSize = 256;

// What a goroutine asked its M's g0 to do when it switched there.
enum class After : uint8_t { None, Park, Yield, YieldLocal, Exit, SyscallNoP };

struct M {
  int64_t id = 0;
  G* g0 = nullptr;    // the M's scheduling context (its thread stack)
  G* curg = nullptr;  // the goroutine running on it
  P* p = nullptr;     // the P it holds while running Go code
  P* nextp = nullptr; // the P startm hands it
  P* oldp = nullptr;  // the P it held when entering a system call
  Note park;
  bool spinning = false;  // looking for work to steal
  M* schedlink = nullptr;
  After after = After::None;
  void (*parkUnlock)(void*) = nullptr;
  void* parkArg = nullptr;
  uint32_t fastrand = 0;
};

enum class PStatus : uint32_t { Idle, Running, Syscall, Stopped };

struct P {
  int32_t id = 0;
  std::atomic<PStatus> status{PStatus::Idle};
  M* m = nullptr;
  P* link = nullptr;
  uint32_t schedtick = 0;    // incremented on every schedule
  uint32_t syscalltick = 0;  // incremented on every system call
  // sysmon's last look at this P.
  uint32_t sysmonTick = 0;
  int64_t sysmonWhen = 0;
  uint32_t sysmonSyscallTick = 0;
  std::atomic<uint32_t> runqhead{0};
  std::atomic<uint32_t> runqtail{0};
  std::atomic<G*> runq[kRunqSize] = {};
  std::atomic<G*> runnext{nullptr};
  G* gfree = nullptr;  // dead Gs for reuse (gfget/gfput)
  int32_t gfreecnt = 0;
  uint64_t goidcache = 0;  // goroutine ids reserved in batches
  uint64_t goidcacheend = 0;
  // Goroutines started and ended on this P: only its owner writes them,
  // so NumGoroutine and the deadlock check sum them without a shared
  // counter every goroutine start and exit would contend on.
  std::atomic<int64_t> gostarted{0};
  std::atomic<int64_t> goended{0};
  gc::MCache* mcache = nullptr;  // the heap's per-P span cache
};

// The lock and the counters that every M touches sit on cache lines of
// their own.
struct Sched {
  alignas(64) Lock lock;
  M* midle = nullptr;
  int32_t nmidle = 0;
  int32_t mcount = 0;
  // sysmon is handing off a syscall's P: it counts as a running M, or the
  // M leaving that syscall could go idle and report a false deadlock.
  int32_t nretaking = 0;
  std::vector<M*> allms;
  P* pidle = nullptr;
  alignas(64) std::atomic<int32_t> npidle{0};
  std::atomic<int32_t> nmspinning{0};
  G* runqhead = nullptr;  // the global run queue
  G* runqtail = nullptr;
  alignas(64) std::atomic<int32_t> runqsize{0};
  G* gfree = nullptr;  // dead Gs beyond the Ps' caches
  std::atomic<int32_t> ngfree{0};
  G* untrimmed = nullptr;  // dead Gs waiting for trimDeadStacks
  std::vector<G*> allgs;
  int32_t gomaxprocs = 0;
  int32_t newprocs = 0;  // GOMAXPROCS for the next startTheWorld
  alignas(64) std::atomic<uint64_t> goidgen{0};
  std::atomic<int64_t> ngsys{0};  // runtime goroutines (never end)
  std::atomic<bool> gcwaiting{false};
  int32_t stopwait = 0;
  Note stopnote;
  bool sysmonwait = false;  // sysmon sleeps until a P becomes busy
  Note sysmonnote;
  P* allp[kMaxProcs] = {};
};

extern Sched sched;
extern constinit thread_local M* curm;
extern std::atomic<bool> mainStarted;

// Local run queues (runq.cpp): runqput and runqget by the owner only.
void runqput(P* p, G* g, bool next);
G* runqget(P* p);
bool runqempty(P* p);
// Steals half of victim's queue into p, returning one G to run.
G* runqsteal(P* p, P* victim, bool stealRunNext);
// The global queue (sched.lock held).
void globrunqput(G* g);
G* globrunqget(P* p, int32_t max);

// sched.lock held.
void procresize(int32_t nprocs);
void pidleput(P* p);
P* pidleget();
void checkdead();

void wakep();
void preemptall();
void retakeSyscallP(P* p);
void startSysmon();
void startTimerProc();

}  // namespace goji::rt
