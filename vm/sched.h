// The goroutine scheduler: Go's G/M/P model (runtime/proc.go).
//
// A G is a goroutine: a stack of its own (stack.h) and the saved stack
// pointer of its context while it is not running. An M is an OS thread; it
// runs goroutines only while it holds a P, and between goroutines it runs
// the scheduler on its own thread stack (its g0). There are GOMAXPROCS Ps,
// each with a local run queue of 256 Gs plus a runnext slot; a global run
// queue takes the overflow and goroutines that yielded. An M without work
// steals half of another P's queue, and parks on its note when there is
// nothing to steal (no spinning beyond Go's bounded search, no polling).
//
// Invariants:
//   - A G's context is switched only through g0: a goroutine that parks,
//     yields or exits switches to its M's g0, which then finishes what the
//     goroutine asked (releasing the lock a park was made under, queueing a
//     yielded G, freeing a dead G's stack). So once a parked G's lock is
//     released its context is saved, and whoever readies it may run it.
//   - sched.lock guards the global run queue, the idle P and M lists and
//     the counters beside them; a P's local queue is lock-free (one owner
//     puts and gets, thieves take with a CAS on the head).
//   - A G is on at most one queue. Its status changes Waiting → Runnable
//     only in goready, Runnable → Running only in execute.
//   - Checking for deadlock happens under sched.lock when an M is about to
//     sleep: if no M is running or in a system call, every goroutine is
//     blocked for good.
//   - Generated code polls at safepoints; sysmon asks a goroutine that has
//     run for more than 10 ms to yield by setting its preempt bit and the
//     global poll flag, and takes back the P of an M stuck in a system call.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "vm/abi.h"
#include "vm/lock.h"
#include "vm/stack.h"

namespace goji::rt {

struct M;
struct P;
struct Panic;
struct Sudog;

enum class GStatus : uint32_t { Idle, Runnable, Running, Syscall, Waiting, Dead };

struct G {
  uint64_t id = 0;
  void* sp = nullptr;  // saved stack pointer while switched out
  Stack stack;
  std::atomic<GStatus> status{GStatus::Idle};
  const char* waitreason = "";
  Closure* fn = nullptr;  // what a new goroutine runs (a root until it starts)
  void (*entry)() = nullptr;  // or, for the main and runtime goroutines, this
  M* m = nullptr;
  G* schedlink = nullptr;
  DeferFrame* defers = nullptr;  // frames of functions with deferred calls, innermost first
  Panic* panic = nullptr;        // the innermost active panic
  bool goexiting = false;        // runtime.Goexit is running the deferred calls
  std::vector<void*> anchors;    // frame addresses of runtime entries active on this G, innermost last
  std::atomic<bool> preempt{false};  // sysmon asks the goroutine to yield at its next safepoint
  bool system = false;           // a runtime goroutine: not counted by NumGoroutine or deadlock checks
  bool isMain = false;
  Sudog* waiting = nullptr;      // sudogs of the channel operation this G is blocked in
  Sudog* param = nullptr;        // set by the waker: the sudog that completed
  void* syscallPin = nullptr;    // the buffer a system call reads or writes (a root meanwhile)
  std::atomic<uint32_t> selectDone{0};  // a select case won (selectgo)
  void* tsanFiber = nullptr;     // the goroutine's context for ThreadSanitizer
  bool stackTrimmed = false;     // dead, and its stack's deep pages released
};

// The running goroutine (the M's g0 while the scheduler runs).
// Constant-initialized, so reading it is one TLS load without a guard.
extern constinit thread_local G* curg;
inline G* getg() { return curg; }

// Starts the scheduler with the main goroutine running entry; the program
// ends when entry returns (exit status 0) or by os.Exit, a panic or a fatal
// error.
[[noreturn]] void schedmain(void (*entry)());

// A dead G keeps its stack for the next goroutine, but not the pages a
// deep recursion committed. With the world stopped, the collector takes the
// dead Gs whose stacks are untrimmed off the free lists (takeUntrimmedGs);
// trimDeadStacks, run by the background sweeper, then releases each
// stack's pages below its top and returns the Gs for reuse.
void takeUntrimmedGs();
void trimDeadStacks();

// go fn(): a new runnable goroutine running closure fn.
void newproc(Closure* fn);
// A runtime goroutine (the timer goroutine) running entry.
G* newSystemProc(void (*entry)());

// Parks the running goroutine; unlock(arg) runs once its context is saved.
// reason is Go's wait reason ("chan receive").
void gopark(void (*unlock)(void*), void* arg, const char* reason);
// Makes a goroutine parked by gopark runnable.
void goready(G* g);
// runtime.Gosched: the goroutine goes to the global run queue.
void gosched();
// Yields to the goroutine just readied (Go's goyield): the caller goes to
// the tail of its P's queue.
void goyield();
// Ends the running goroutine (its deferred calls have run).
[[noreturn]] void goexit();

// Around a call that may block in the kernel: the P may be handed to
// another M meanwhile (entersyscall/exitsyscall); a call known to block
// hands it off at once (entersyscallblock).
void entersyscall();
void entersyscallblock();
void exitsyscall();
class [[nodiscard]] Syscall {
 public:
  // pin: a buffer the call uses, kept alive while the call runs (the
  // frame that passed it may not use it afterwards).
  explicit Syscall(bool blocks = false, void* pin = nullptr) {
    getg()->syscallPin = pin;
    if (blocks) {
      entersyscallblock();
    } else {
      entersyscall();
    }
  }
  ~Syscall() {
    exitsyscall();
    getg()->syscallPin = nullptr;
  }
  Syscall(const Syscall&) = delete;
  Syscall& operator=(const Syscall&) = delete;
};

// Stops every P but the caller's (the world) and restarts it; GOMAXPROCS
// changes while the world is stopped.
void stopTheWorld();
void startTheWorld();

int64_t numGoroutine();
// sync.Mutex may spin (Go's sync_runtime_canSpin): a few rounds only, on a
// multicore machine with another P running and nothing queued on ours.
bool syncCanSpin(int64_t i);
// runtime.GOMAXPROCS: sets the number of Ps if n > 0; returns the old one.
int64_t setMaxProcs(int64_t n);
int64_t defaultMaxProcs();

// A fast per-M pseudo-random number (select order, map iteration starts).
uint32_t fastrand();
inline uint32_t fastrandn(uint32_t n) { return static_cast<uint32_t>((uint64_t{fastrand()} * n) >> 32); }

// Every goroutine that is not dead, for tracebacks and (later) roots.
void forEachG(const std::function<void(G*)>& f);

// Goroutine start and the context switch (proc.cpp's assembly).
extern "C" void goji_swapctx(void** save, void* sp);

}  // namespace goji::rt
