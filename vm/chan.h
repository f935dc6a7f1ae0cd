// Channels and select (chan.cpp, select.cpp): the structures shared by the
// two and by the collector's root scan. The design heads chan.cpp.
#pragma once

#include <cstdint>
#include <functional>

#include "vm/abi.h"
#include "vm/lock.h"
#include "vm/runtime.h"

namespace goji::rt {

struct Hchan;

// A goroutine waiting in a channel operation (Go's sudog).
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  void* elem = nullptr;  // the value sent, or where a received one goes
  Hchan* c = nullptr;
  Sudog* waitlink = nullptr;  // g->waiting list of a select, in lock order
  bool isSelect = false;
  bool success = false;  // completed by a send or receive, not by close
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* sg);
  // The first sudog whose goroutine may be woken (skips lost selects).
  Sudog* dequeue();
  void remove(Sudog* sg);
};

struct Hchan {
  uint64_t qcount;    // elements in buf
  uint64_t dataqsiz;  // buf's capacity
  uint8_t* buf;       // the channel's only pointer to the heap
  const TypeDesc* elemtype;
  uint64_t sendx;
  uint64_t recvx;
  WaitQ recvq;
  WaitQ sendq;
  uint32_t closed;
  Lock lock;
};

struct RecvResult {
  bool selected;
  bool received;
};

inline uint8_t* chanbuf(Hchan* c, uint64_t i) { return c->buf + i * c->elemtype->size; }
inline void copyElem(Hchan* c, void* dst, const void* src) { typedmemmove(c->elemtype, dst, src); }

// A buffered channel with room (bufsend) or elements (bufrecv), c locked.
void bufsend(Hchan* c, const void* ep);
void bufrecv(Hchan* c, void* ep);

// Completing a send to, or a receive from, a goroutine found waiting on
// locked c: unlock releases c (and a select's other channels), then the
// waiter is readied.
void send(Hchan* c, Sudog* sg, const void* ep, const std::function<void()>& unlock);
void recv(Hchan* c, Sudog* sg, void* ep, const std::function<void()>& unlock);

Hchan* makechan(const TypeDesc* chanType, int64_t size);
bool chansend(Hchan* c, const void* ep, bool block);
RecvResult chanrecv(Hchan* c, void* ep, bool block);
void closechan(Hchan* c);

// Panics with a runtime.Error carrying msg (Go's plainError), through
// runtime.panicplain, which the engine resolves.
[[noreturn]] void panicPlain(const char* msg);
extern void (*goPanicPlain)(void*, const uint8_t*, int64_t);

}  // namespace goji::rt
