// The scheduler's parts, without generated code: run queues and stealing
// directly, then channels, select, semaphores and timers on a running
// scheduler (in a child process, since the scheduler ends by exiting), its
// goroutines plain C++ closures. Also built with ThreadSanitizer
// (goji-sched-tests-tsan).
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "in_child.h"
#include "vm/chan.h"
#include "vm/sched_internal.h"
#include "vm/sema.h"
#include "vm/timers.h"

extern "C" int64_t goji_selectgo(void* cases, int64_t nsends, int64_t nrecvs, bool block);

namespace goji::rt {
namespace {

std::vector<G*> makeGs(size_t n) {
  std::vector<G*> gs;
  for (size_t i = 0; i < n; i++) {
    G* g = new G();
    g->id = i + 1;
    gs.push_back(g);
  }
  return gs;
}

// The global queue is process state: empty it after a test that fills it.
void drainGlobalQueue() {
  LockGuard l(sched.lock);
  sched.runqhead = sched.runqtail = nullptr;
  sched.runqsize = 0;
}

}  // namespace

TEST_CASE("runq: FIFO, runnext first, overflow to the global queue", "[sched]") {
  sched.gomaxprocs = 1;
  P p;
  std::vector<G*> gs = makeGs(300);
  for (int i = 0; i < 10; i++) runqput(&p, gs[i], false);
  runqput(&p, gs[10], true);
  CHECK(runqget(&p) == gs[10]);  // runnext runs next
  for (int i = 0; i < 10; i++) CHECK(runqget(&p) == gs[i]);
  CHECK(runqget(&p) == nullptr);
  CHECK(runqempty(&p));

  // A full local queue moves half of itself and the new G to the global queue.
  for (uint32_t i = 0; i < kRunqSize + 1; i++) runqput(&p, gs[i], false);
  CHECK(sched.runqsize.load() == static_cast<int32_t>(kRunqSize / 2 + 1));
  std::set<G*> seen;
  while (G* g = runqget(&p)) seen.insert(g);
  {
    LockGuard l(sched.lock);
    for (G* g = sched.runqhead; g; g = g->schedlink) seen.insert(g);
  }
  CHECK(seen.size() == kRunqSize + 1);
  drainGlobalQueue();
}

TEST_CASE("runq: a thief takes half, runnext only when asked", "[sched]") {
  P victim, thief;
  std::vector<G*> gs = makeGs(21);
  for (int i = 0; i < 20; i++) runqput(&victim, gs[i], false);
  G* g = runqsteal(&thief, &victim, false);
  REQUIRE(g != nullptr);
  int stolen = 1;
  while (runqget(&thief)) stolen++;
  CHECK(stolen == 10);
  while (runqget(&victim)) {
  }
  runqput(&victim, gs[20], true);
  CHECK(runqsteal(&thief, &victim, false) == nullptr);
  CHECK(runqsteal(&thief, &victim, true) == gs[20]);
}

TEST_CASE("runq: concurrent stealing loses and duplicates nothing", "[sched]") {
  constexpr int kGs = 20000;
  P owner;
  P thieves[2];
  std::vector<G*> gs = makeGs(kGs);
  std::atomic<bool> producing{true};
  std::vector<G*> got[3];
  std::thread owners([&] {
    for (int i = 0; i < kGs; i++) {
      runqput(&owner, gs[static_cast<size_t>(i)], i % 7 == 0);
      if (i % 3 == 0) {
        if (G* g = runqget(&owner)) got[0].push_back(g);
      }
    }
    producing = false;
    while (G* g = runqget(&owner)) got[0].push_back(g);
  });
  std::vector<std::thread> ts;
  for (int t = 0; t < 2; t++) {
    ts.emplace_back([&, t] {
      while (producing || !runqempty(&owner)) {
        if (G* g = runqsteal(&thieves[t], &owner, t == 0)) {
          got[t + 1].push_back(g);
          while (G* h = runqget(&thieves[t])) got[t + 1].push_back(h);
        }
      }
    });
  }
  owners.join();
  for (auto& t : ts) t.join();
  std::set<G*> all;
  size_t total = 0;
  for (auto& v : got) {
    total += v.size();
    all.insert(v.begin(), v.end());
  }
  {
    LockGuard l(sched.lock);
    for (G* g = sched.runqhead; g; g = g->schedlink) {
      all.insert(g);
      total++;
    }
  }
  drainGlobalQueue();
  CHECK(total == kGs);
  CHECK(all.size() == kGs);
}

namespace {

// A goroutine's closure: C++ code and its state.
struct Task {
  void* fn;
  void (*body)(Task*);
  int fd;
  Hchan* c;
  Hchan* d;
  int64_t from, to;
};

void runTask(Closure* c) {
  auto* t = reinterpret_cast<Task*>(c);
  t->body(t);
}

Task* task(void (*body)(Task*), int fd = -1, Hchan* c = nullptr, Hchan* d = nullptr, int64_t from = 0, int64_t to = 0) {
  return new Task{reinterpret_cast<void*>(&runTask), body, fd, c, d, from, to};
}

void go(Task* t) { newproc(reinterpret_cast<Closure*>(t)); }

void report(int fd, const std::string& s) { (void)!::write(fd, s.data(), s.size()); }

const TypeDesc kInt{8, 0, nullptr, "int", nullptr, nullptr, nullptr, nullptr, 0, 0, 0, Kind::Int, 8, 0, {}};
const TypeDesc kChanInt{8, 8, nullptr, "chan int", &kInt, nullptr, nullptr, nullptr, 0, 0, 0, Kind::Chan, 8, 0, {}};

int childFd = -1;
void (*childBody)() = nullptr;

// Runs body as the main goroutine of a scheduler in a child process.
std::string onScheduler(void (*body)()) {
  childBody = body;
  return test::inChild([](int fd) {
    childFd = fd;
    schedmain([] { childBody(); });
  });
}

}  // namespace

TEST_CASE("channels: 4 producers and 4 consumers, buffered and unbuffered", "[sched]") {
  for (int64_t size : {0, 1, 64}) {
    static int64_t bufSize;
    bufSize = size;
    std::string out = onScheduler([] {
      Hchan* c = makechan(&kChanInt, bufSize);
      Hchan* sums = makechan(&kChanInt, 4);
      for (int64_t p = 0; p < 4; p++) {
        go(task(
            [](Task* t) {
              for (int64_t i = t->from; i < t->to; i++) chansend(t->c, &i, true);
            },
            -1, c, nullptr, p * 25000, (p + 1) * 25000));
      }
      for (int k = 0; k < 4; k++) {
        go(task(
            [](Task* t) {
              int64_t sum = 0, v = 0;
              while (chanrecv(t->c, &v, true).received) sum += v;
              chansend(t->d, &sum, true);
            },
            -1, c, sums));
      }
      // Close once the producers have sent everything and exited.
      while (goji::rt::numGoroutine() > 5) gosched();
      closechan(c);
      int64_t total = 0, v = 0;
      for (int k = 0; k < 4; k++) {
        chanrecv(sums, &v, true);
        total += v;
      }
      report(childFd, std::to_string(total));
    });
    CHECK(out == std::to_string(int64_t{99999} * 100000 / 2));
  }
}

TEST_CASE("channels: close wakes receivers with the zero value; send on closed panics", "[sched]") {
  std::string out = onScheduler([] {
    Hchan* c = makechan(&kChanInt, 0);
    Hchan* res = makechan(&kChanInt, 3);
    for (int i = 0; i < 3; i++) {
      go(task(
          [](Task* t) {
            int64_t v = 42;
            bool ok = chanrecv(t->c, &v, true).received;
            int64_t r = ok ? 1 : v;  // 0: the zero value, not received
            chansend(t->d, &r, true);
          },
          -1, c, res));
    }
    while (true) {
      c->lock.lock();
      int waiting = 0;
      for (Sudog* s = c->recvq.first; s; s = s->next) waiting++;
      c->lock.unlock();
      if (waiting == 3) break;
      gosched();
    }
    closechan(c);
    std::string s;
    for (int i = 0; i < 3; i++) {
      int64_t r = -1;
      chanrecv(res, &r, true);
      s += std::to_string(r);
    }
    int64_t v = 7;
    RecvResult rr = chanrecv(c, &v, false);
    s += rr.selected && !rr.received && v == 0 ? " closed" : " open";
    report(childFd, s);
  });
  CHECK(out == "000 closed");
}

TEST_CASE("select: chooses among ready cases uniformly; default when none is ready", "[sched]") {
  std::string out = onScheduler([] {
    Hchan* a = makechan(&kChanInt, 1);
    Hchan* b = makechan(&kChanInt, 1);
    int64_t counts[2] = {0, 0};
    for (int i = 0; i < 20000; i++) {
      int64_t one = 1;
      chansend(a, &one, true);
      chansend(b, &one, true);
      int64_t va = 0, vb = 0;
      struct {
        Hchan* c;
        void* elem;
      } cases[2] = {{a, &va}, {b, &vb}};
      int64_t r = goji_selectgo(cases, 0, 2, true);
      counts[r >> 1]++;
      // Empty the other channel.
      chanrecv(r >> 1 ? a : b, &va, true);
    }
    struct {
      Hchan* c;
      void* elem;
    } none[1] = {{a, nullptr}};
    int64_t r = goji_selectgo(none, 0, 1, false);
    bool fair = counts[0] > 9000 && counts[1] > 9000;
    report(childFd, std::string(fair ? "fair" : "unfair") + " " + std::to_string(r));
  });
  CHECK(out == "fair -1");
}

TEST_CASE("semaphores: waiters wake in FIFO order, one per release", "[sched]") {
  std::string out = onScheduler([] {
    static uint32_t sema = 0;
    static Hchan* woke = makechan(&kChanInt, 8);
    for (int64_t i = 0; i < 8; i++) {
      go(task(
          [](Task* t) {
            semacquire(&sema);
            chansend(woke, &t->from, true);
          },
          -1, nullptr, nullptr, i));
      sleep(5000000);  // each waiter queues before the next starts
    }
    std::string s;
    for (int i = 0; i < 8; i++) {
      semrelease(&sema);
      int64_t v = -1;
      chanrecv(woke, &v, true);
      s += std::to_string(v);
    }
    report(childFd, s + " " + std::to_string(sema));
  });
  CHECK(out == "01234567 0");
}

TEST_CASE("timers: sleeps end in deadline order; stop and reset report pending timers", "[sched]") {
  std::string out = onScheduler([] {
    Hchan* woke = makechan(&kChanInt, 3);
    for (int64_t ms : {60, 20, 40}) {
      go(task(
          [](Task* t) {
            sleep(t->from * 1000000);
            chansend(t->c, &t->from, true);
          },
          -1, woke, nullptr, ms));
    }
    std::string s;
    for (int i = 0; i < 3; i++) {
      int64_t v = 0;
      chanrecv(woke, &v, true);
      s += std::to_string(v) + " ";
    }
    static std::atomic<int> fired{0};
    static Closure onFire{reinterpret_cast<void*>(+[](Closure*, const void*, void*, uint64_t) { fired++; })};
    auto* t = new RuntimeTimer{};
    t->when = nanotime() + 1000000000;
    t->f = &onFire;
    startTimer(t);
    s += stopTimer(t) ? "stopped " : "not-stopped ";
    s += stopTimer(t) ? "stopped " : "not-stopped ";
    s += resetTimer(t, nanotime() + 5000000) ? "pending " : "idle ";
    sleep(50000000);
    s += std::to_string(fired.load());
    report(childFd, s);
  });
  CHECK(out == "20 40 60 stopped not-stopped idle 1");
}

TEST_CASE("deadlock: every goroutine blocked ends the program like Go", "[sched]") {
  std::string out = onScheduler([] {
    ::dup2(childFd, 2);  // the fatal error comes back through the pipe
    Hchan* c = makechan(&kChanInt, 0);
    int64_t v = 0;
    chanrecv(c, &v, true);
    report(childFd, "unreachable");
  });
  CHECK(out.starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"));
  CHECK(out.ends_with(" (exit status 512)"));
}

}  // namespace goji::rt
