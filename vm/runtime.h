// The runtime's internal API: goroutine state, anchors, panics and the
// services the entry points share. The entry points generated code calls are
// extern "C" functions named goji_* (see runtime_symbols.cpp for the list the
// JIT resolves).
//
// Invariants:
//   - A runtime entry point that may reach a safepoint, allocate, park or call
//     back into generated code records its frame address in an Anchor for its
//     whole duration, so the stack walker can find the JIT frames below it.
//   - C++ runtime code never keeps the only reference to a heap object in a
//     local across a safepoint, an allocation or a call back into Go code.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "vm/abi.h"
#include "vm/sched.h"

extern "C" {
extern int32_t goji_wb_enabled;  // set while the collector marks
// Polled at safepoints: a function entry takes the slow path when its
// frame's offset within a 1 MiB-aligned stack slot is below it, a loop
// back-edge when it is kPollAll. It rests at 0, or at kSoftStackZone where
// goroutine stacks are checked in software (vm/stack.h); requestPoll sets
// it to kPollAll, goji_safepoint returns it to rest.
extern uintptr_t goji_poll_limit;
void goji_write_barrier(void** slot, void* ptr);
}

namespace goji::rt {

constexpr uintptr_t kPollAll = UINTPTR_MAX;
inline void requestPoll() { __atomic_store_n(&goji_poll_limit, kPollAll, __ATOMIC_SEQ_CST); }

// Records a runtime entry's frame for the stack walker (see file comment).
class [[nodiscard]] Anchor {
 public:
  explicit Anchor(void* frame) { getg()->anchors.push_back(frame); }
  ~Anchor() { getg()->anchors.pop_back(); }
  Anchor(const Anchor&) = delete;
  Anchor& operator=(const Anchor&) = delete;
};
#define GOJI_ANCHOR ::goji::rt::Anchor goji_anchor_(__builtin_frame_address(0))

struct Panic {
  Panic* link;            // the panic this one interrupted, if any
  Iface value;
  bool recovered = false;
  bool aborted = false;   // a later panic took over while this one ran deferred calls
  void* deferCaller = nullptr;  // frame of the runtime routine calling the current deferred function
  bool thunk = false;           // the current deferred call is a thunk
  DeferFrame* frame = nullptr;  // the frame whose deferred call is running
  bool printing = false;        // uncaught: its value's Error or String method is running
};

// Fatal errors end the program like Go's throw: message, exit status 2.
[[noreturn]] void fatal(const std::string& msg);

// Writes to stderr without buffering (print/println and panics).
void writeErr(const std::string& s);

// Source positions of call sites (statepoint ids), registered by the engine.
struct Site {
  const char* function;
  const char* file;
  int32_t line;
  int32_t col;
  bool wrapper;  // a call site in a method wrapper (itab, method value or expression)
};
void registerSites(const Site* sites, size_t count);
const Site* siteFor(uint64_t id);

// runtime.Goexit: runs the goroutine's deferred calls, then ends it.
[[noreturn]] void goexitRunningDefers();

// Prints the traceback of the current goroutine ("goroutine 1 [running]:" ...).
void printTraceback(void* frame);
// A goroutine's traceback headed by its status ("running", "chan receive").
std::string goroutineTrace(G* g, const char* status);

constexpr size_t kNativeResultWords = 16;

// Whether p points into static data of JIT-compiled code (string literals,
// type descriptors, closures of top-level functions).
bool isStaticData(const void* p);
void registerStaticData(const void* begin, size_t size);

// The n < 8 bytes at p, zero-extended, read as one 8-byte load that stays
// inside p's page (as memeqbody does): loads that cross into the next page
// read the 8 bytes ending at p + n instead.
inline uint64_t loadShort(const uint8_t* p, uint64_t n) {
  if (n == 0) return 0;
  uint64_t w;
  if ((reinterpret_cast<uintptr_t>(p) & 0xfff) <= 0xff8) {
    __builtin_memcpy(&w, p, 8);
    return w & (~uint64_t{0} >> (64 - 8 * n));
  }
  __builtin_memcpy(&w, p + n - 8, 8);
  return w >> (64 - 8 * n);
}

// A map's entry slots (for printing): mapEntry yields the key and element
// of a live slot and false for an empty one.
int64_t mapEntrySlots(const void* map);
bool mapEntry(const void* map, int64_t slot, void** key, void** elem);

// The program's globals holding pointers (goji.roots): the collector's
// data roots, each a global's address and type.
struct GlobalRoot {
  void* address;
  const TypeDesc* type;
};
void registerGlobalRoots(const GlobalRoot* roots, size_t n);

// Calls f with the address of every pointer slot of the registered globals.
void forEachGlobalRoot(const std::function<void(void** slot)>& f);

// memmove (memmove.cpp), for moves of any size and alignment.
void* moveBytes(void* dst, const void* src, size_t n);

// Pointer stores by the runtime (rt_barrier.cpp): every pointer word a copy,
// clear or native store writes into the heap goes through the write barrier.
// typedmemmove moves n elements of type t (overlap allowed).
void typedmemmove(const TypeDesc* t, void* dst, const void* src, uint64_t n = 1);
void typedmemclr(const TypeDesc* t, void* dst, uint64_t n = 1);
inline bool barrierOn() { return __atomic_load_n(&goji_wb_enabled, __ATOMIC_RELAXED) != 0; }
inline void writePointer(void** slot, void* p) {
  if (barrierOn()) {
    goji_write_barrier(slot, p);
  } else {
    *slot = p;
  }
}
void writeString(String* slot, String s);

// GODEBUG=gcverifyroots=1 (verify_roots.cpp): whether it is on (read from
// the environment before main), and the check made at each safepoint poll
// and allocation.
extern const bool verifyRootsOn;
inline bool verifyRoots() { return __builtin_expect(verifyRootsOn, false); }
void checkRoots(bool atAllocation);

// Command-line arguments for os.Args.
void setArgs(std::vector<std::string> args);
const std::vector<std::string>& programArgs();

}  // namespace goji::rt

// The result buffer of natives with more than two result words (see
// runtime_symbols.h): word i holds the i-th flattened result scalar.
extern "C" uint64_t* goji_native_results();
