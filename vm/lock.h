// The runtime's own locks and notes (Go's runtime/lock_futex.go).
//
// Lock is a futex mutex: one word, 0 unlocked, 1 locked, 2 locked with
// sleepers; a short spin before sleeping. It is held only for short
// critical sections, never across a park (gopark releases the lock it is
// given after the goroutine's context is saved, on the M's own stack).
//
// Note is a one-shot event for parking an M: sleep blocks until wakeup,
// tsleep until wakeup or a deadline; clear re-arms it. Exactly one thread
// sleeps on a note and one wakes it.
#pragma once

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>

// For the runtime's deliberate races (sysmon's looks at other Ps, a
// channel's lock-free emptiness checks), which ThreadSanitizer should not
// report.
#if defined(__SANITIZE_THREAD__)
#define GOJI_NO_TSAN __attribute__((no_sanitize("thread")))
#else
#define GOJI_NO_TSAN
#endif

namespace goji::rt {

inline void futexWait(std::atomic<uint32_t>* addr, uint32_t val, const timespec* timeout = nullptr) {
  ::syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, val, timeout, nullptr, 0);
}

inline void futexWake(std::atomic<uint32_t>* addr, int n) {
  ::syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, n, nullptr, nullptr, 0);
}

class Lock {
 public:
  void lock() {
    uint32_t c = 0;
    if (state_.compare_exchange_strong(c, 1, std::memory_order_acquire)) return;
    // Go's lock2: a few rounds of looking, each followed by a long pause,
    // so that spinners do not keep pulling the word from the holder's cache.
    for (int round = 0; round < 4; round++) {
      while ((c = state_.load(std::memory_order_relaxed)) == 0) {
        if (state_.compare_exchange_weak(c, 1, std::memory_order_acquire)) return;
      }
      for (int i = 0; i < 30; i++) __builtin_ia32_pause();
    }
    if (c != 2) c = state_.exchange(2, std::memory_order_acquire);
    while (c != 0) {
      futexWait(&state_, 2);
      c = state_.exchange(2, std::memory_order_acquire);
    }
  }
  void unlock() {
    if (state_.exchange(0, std::memory_order_release) == 2) futexWake(&state_, 1);
  }

 private:
  std::atomic<uint32_t> state_{0};
};

class LockGuard {
 public:
  explicit LockGuard(Lock& l) : l_(l) { l_.lock(); }
  ~LockGuard() { l_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Lock& l_;
};

class Note {
 public:
  void clear() { key_.store(0, std::memory_order_relaxed); }
  void wakeup() {
    key_.store(1, std::memory_order_release);
    futexWake(&key_, 1);
  }
  void sleep() {
    while (key_.load(std::memory_order_acquire) == 0) futexWait(&key_, 0);
  }
  // Sleeps until woken or until the monotonic clock reaches deadline (ns);
  // reports whether it was woken.
  bool sleepUntil(int64_t deadline);

 private:
  std::atomic<uint32_t> key_{0};
};

// The monotonic clock in nanoseconds (Go's nanotime).
inline int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

inline bool Note::sleepUntil(int64_t deadline) {
  while (key_.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0) return false;
    timespec ts{left / 1000000000, left % 1000000000};
    futexWait(&key_, 0, &ts);
  }
  return true;
}

}  // namespace goji::rt
