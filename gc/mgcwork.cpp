// Work buffers and their lists: see mgcwork.h.
#include "gc/mgcwork.h"

#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace goji::gc {

namespace {

uint64_t pack(Workbuf* b, uint64_t cnt) { return reinterpret_cast<uint64_t>(b) << 16 | (cnt & 0xffff); }
Workbuf* unpackNode(uint64_t v) { return reinterpret_cast<Workbuf*>(v >> 16); }

// New workbufs come from 64 KiB blocks that are never returned.
Workbuf* newWorkbuf() {
  static std::mutex mu;
  static uint8_t* next = nullptr;
  static uint8_t* end = nullptr;
  std::lock_guard<std::mutex> lock(mu);
  if (next == end) {
    constexpr size_t kBlock = 32 * sizeof(Workbuf);
    void* p = mmap(nullptr, kBlock, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
      std::fputs("fatal error: out of memory allocating workbufs\n", stderr);
      std::_Exit(2);
    }
    next = static_cast<uint8_t*>(p);
    end = next + kBlock;
  }
  auto* b = new (next) Workbuf();
  next += sizeof(Workbuf);
  return b;
}

}  // namespace

void LFStack::push(Workbuf* b) {
  uint64_t old = head_.load(std::memory_order_relaxed);
  uint64_t n;
  do {
    __atomic_store_n(&b->lfnext, unpackNode(old), __ATOMIC_RELAXED);
    n = pack(b, (old & 0xffff) + 1);
  } while (!head_.compare_exchange_weak(old, n, std::memory_order_release, std::memory_order_relaxed));
}

Workbuf* LFStack::pop() {
  uint64_t old = head_.load(std::memory_order_acquire);
  while (true) {
    Workbuf* b = unpackNode(old);
    if (!b) return nullptr;
    Workbuf* next = __atomic_load_n(&b->lfnext, __ATOMIC_RELAXED);
    if (head_.compare_exchange_weak(old, pack(next, (old & 0xffff) + 1), std::memory_order_acquire,
                                    std::memory_order_acquire)) {
      return b;
    }
  }
}

WorkLists& work() {
  static WorkLists w;
  return w;
}

Workbuf* getempty() {
  Workbuf* b = work().empty.pop();
  if (!b) b = newWorkbuf();
  b->nobj = 0;
  return b;
}

void putempty(Workbuf* b) { work().empty.push(b); }
void putfull(Workbuf* b) { work().full.push(b); }
void putpartial(Workbuf* b) { work().partial.push(b); }

Workbuf* getfull(Workbuf* b) {
  WorkLists& w = work();
  if (b) putempty(b);
  auto take = [&w] {
    Workbuf* r = w.full.pop();
    return r ? r : w.partial.pop();
  };
  if ((b = take()) || w.nproc == 1) return b;
  w.nwait.fetch_add(1);
  for (int i = 0;; i++) {
    if (!w.full.empty() || !w.partial.empty()) {
      w.nwait.fetch_sub(1);
      if ((b = take())) return b;
      w.nwait.fetch_add(1);
    }
    if (w.nwait.load() == w.nproc) return nullptr;
    if (i < 10) {
      for (int k = 0; k < 20; k++) __builtin_ia32_pause();
    } else if (i < 20) {
      sched_yield();
    } else {
      usleep(100);
    }
  }
}

void GcWork::putSlow() {
  if (wbuf1_ && wbuf2_ && wbuf2_->nobj == 0) {
    std::swap(wbuf1_, wbuf2_);
    return;
  }
  if (wbuf1_) {
    if (wbuf2_) putfull(wbuf2_);
    wbuf2_ = wbuf1_;
  }
  wbuf1_ = getempty();
}

uintptr_t GcWork::get() {
  if (uintptr_t p = tryGetFast()) return p;
  if (wbuf2_ && wbuf2_->nobj > 0) {
    std::swap(wbuf1_, wbuf2_);
    return tryGetFast();
  }
  wbuf1_ = getfull(wbuf1_);
  return wbuf1_ ? tryGetFast() : 0;
}

void GcWork::balance() {
  if (!wbuf1_) return;
  if (wbuf2_ && wbuf2_->nobj > 0) {
    putfull(wbuf2_);
    wbuf2_ = getempty();
  } else if (wbuf1_->nobj > 4) {
    Workbuf* top = getempty();
    uint64_t n = wbuf1_->nobj - wbuf1_->nobj / 2;
    wbuf1_->nobj -= n;
    std::memcpy(top->obj, wbuf1_->obj + wbuf1_->nobj, n * sizeof top->obj[0]);
    top->nobj = n;
    putfull(wbuf1_);
    wbuf1_ = top;
  }
}

void GcWork::dispose() {
  for (Workbuf** b : {&wbuf1_, &wbuf2_}) {
    if (!*b) continue;
    if ((*b)->nobj == 0) {
      putempty(*b);
    } else if ((*b)->nobj == kWorkbufEntries) {
      putfull(*b);
    } else {
      putpartial(*b);
    }
    *b = nullptr;
  }
}

}  // namespace goji::gc
