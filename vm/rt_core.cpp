// Runtime core: the goroutine, fatal errors, call-site positions, os.Args,
// and the allocation and safepoint entry points of generated code.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "gc/heap.h"
#include "gc/mgc.h"
#include "vm/native.h"
#include "vm/runtime.h"
#include "vm/sched_internal.h"
#include "vm/stack.h"
#include "vm/runtime_symbols.h"
#include "vm/stackwalk.h"

namespace goji::rt {

void writeErr(const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(2, s.data() + off, s.size() - off);
    if (n <= 0) break;
    off += static_cast<size_t>(n);
  }
}

void fatal(const std::string& msg) {
  writeErr("fatal error: " + msg + "\n");
  std::_Exit(2);
}

namespace {

std::mutex sitesMu;
std::vector<std::pair<const Site*, size_t>> siteTables;  // guarded by sitesMu; ids are global indices

std::vector<std::string> args;

}  // namespace

void registerSites(const Site* sites, size_t count) {
  std::lock_guard<std::mutex> lock(sitesMu);
  siteTables.emplace_back(sites, count);
}

const Site* siteFor(uint64_t id) {
  std::lock_guard<std::mutex> lock(sitesMu);
  for (auto& [table, n] : siteTables) {
    if (id < n) return &table[id];
    id -= n;
  }
  return nullptr;
}

void setArgs(std::vector<std::string> a) { args = std::move(a); }

const std::vector<std::string>& programArgs() { return args; }

namespace {

std::mutex staticMu;
std::vector<std::pair<uintptr_t, uintptr_t>> staticRanges;  // guarded by staticMu

}  // namespace

void registerStaticData(const void* begin, size_t size) {
  std::lock_guard<std::mutex> lock(staticMu);
  auto b = reinterpret_cast<uintptr_t>(begin);
  staticRanges.emplace_back(b, b + size);
}

bool isStaticData(const void* p) {
  auto a = reinterpret_cast<uintptr_t>(p);
  std::lock_guard<std::mutex> lock(staticMu);
  for (auto& [b, e] : staticRanges) {
    if (b <= a && a < e) return true;
  }
  return false;
}

namespace {

const GlobalRoot* globalRoots = nullptr;
size_t nglobalRoots = 0;

}  // namespace

void registerGlobalRoots(const GlobalRoot* roots, size_t n) {
  globalRoots = roots;
  nglobalRoots = n;
}

void forEachGlobalRoot(const std::function<void(void** slot)>& f) {
  for (size_t i = 0; i < nglobalRoots; i++) {
    const TypeDesc* t = globalRoots[i].type;
    auto** words = static_cast<void**>(globalRoots[i].address);
    for (uint64_t w = 0; w < t->ptrdata / 8; w++) {
      if (pointerAt(t, w)) f(&words[w]);
    }
  }
}

}  // namespace goji::rt

namespace goji::native {

namespace {
const uint8_t kOnePointer[] = {1};
}  // namespace

const rt::TypeDesc kStringElem{16, 8, kOnePointer, "string", nullptr, nullptr, nullptr, nullptr, 0, 0, 0,
                               rt::Kind::String, 8, rt::kComparable, {}};

}  // namespace goji::native

using namespace goji::rt;

extern "C" {

// Sysmon and stopTheWorld request a poll to make goroutines whose preempt
// bit is set yield (a goroutine returns the limit to rest when it polls, so
// one asked to yield later may be asked again); under gcverifyroots the
// request stands so that every poll checks roots.
uintptr_t goji_poll_limit = 0;
// The write barrier is enabled while the collector marks.
int32_t goji_wb_enabled = 0;

void goji_safepoint() {
  GOJI_ANCHOR;
  bool softStack = !kernelGuards();
  if (softStack && isSoftStackOverflow(getg()->stack, __builtin_frame_address(0))) stackOverflow();
  if (verifyRoots()) {
    checkRoots(false);
  } else {
    __atomic_store_n(&goji_poll_limit, softStack ? kSoftStackZone : 0, __ATOMIC_SEQ_CST);
  }
  // After the limit rests: a cycle requested since is seen here or polls again.
  if (goji::gc::gcRequested() && getg()->m) goji::gc::gcPoll();
  G* g = getg();
  if (g->preempt.exchange(false, std::memory_order_relaxed)) gosched();
}

void goji_write_barrier(void** slot, void* ptr) { *slot = ptr; }

// An allocation never collects nor walks the stack, so it needs no anchor,
// except to let gcverifyroots check the caller's roots.
void* goji_alloc_size(uint64_t size, const TypeDesc* t) {
  if (verifyRoots()) {
    GOJI_ANCHOR;
    checkRoots(true);
  }
  M* m = curm;
  goji::gc::MCache* c = m && m->p ? m->p->mcache : nullptr;
  return c ? goji::gc::mallocgcFrom(c, size, t) : goji::gc::mallocgc(size, t);
}

void* goji_alloc(const TypeDesc* t) { return goji_alloc_size(t->size, t); }

// A bodyless standard library function this runtime does not implement.
void goji_missing_native(const uint8_t* name, int64_t len) {
  fatal("not supported by goji yet: " + std::string(reinterpret_cast<const char*>(name), len) +
        " (native function not implemented)");
}

// Natives whose results take more than two words leave them here, one word
// per scalar, for the generated wrapper to read before anything else runs.
uint64_t* goji_native_results() {
  static thread_local uint64_t words[kNativeResultWords];
  return words;
}

}  // extern "C"

GOJI_EXPORT(goji_alloc);
GOJI_EXPORT(goji_alloc_size);
GOJI_EXPORT(goji_safepoint);
GOJI_EXPORT(goji_write_barrier);
GOJI_EXPORT(goji_poll_limit);
GOJI_EXPORT(goji_wb_enabled);
GOJI_EXPORT(goji_missing_native);
GOJI_EXPORT(goji_native_results);

// Calls LLVM emits for the memory intrinsics it does not expand inline,
// through functions of the executable: libc moves from run to run, and a
// cached image (image.h) may only refer to the executable.
namespace {
void* gojiMemset(void* dst, int c, size_t n) { return std::memset(dst, c, n); }
void* gojiMemmove(void* dst, const void* src, size_t n) { return goji::rt::moveBytes(dst, src, n); }
}  // namespace
GOJI_NATIVE("memset", gojiMemset);
GOJI_NATIVE("memcpy", gojiMemmove);
GOJI_NATIVE("memmove", gojiMemmove);
