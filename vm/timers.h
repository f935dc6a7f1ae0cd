// The runtime's timers (timers.cpp): the timer heap behind time's
// startTimer/stopTimer/resetTimer/modTimer natives and time.Sleep.
#pragma once

#include <cstdint>
#include <functional>

#include "vm/abi.h"

namespace goji::rt {

// The time package's runtimeTimer (stdlib/time/sleep.go), field for field.
struct RuntimeTimer {
  uint64_t pp;  // heap index + 1 while pending, else 0
  int64_t when;
  int64_t period;
  Closure* f;  // f(arg, seq) runs at expiry; null: ready the G in seq (time.Sleep)
  Iface arg;
  uint64_t seq;
  int64_t nextwhen;
  uint32_t status;
};

void startTimer(RuntimeTimer* t);
// Whether t was pending.
bool stopTimer(RuntimeTimer* t);
bool resetTimer(RuntimeTimer* t, int64_t when);
void modTimer(RuntimeTimer* t, int64_t when, int64_t period, Closure* f, Iface arg, uint64_t seq);
// time.Sleep: parks the running goroutine for ns nanoseconds.
void sleep(int64_t ns);
// The pointer slots of every pending timer (the collector's roots): the
// timer heap's reference to the timer itself, its function and argument.
void forEachTimerRoot(const std::function<void(void** slot)>& f);

}  // namespace goji::rt
