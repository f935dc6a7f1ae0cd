// The natives of package time: clocks, sleeping and timers (the runtime's
// timer heap, vm/timers.cpp), and the file access the zoneinfo loader needs.
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "vm/native.h"
#include "vm/timers.h"

namespace goji::native {

namespace {

int64_t runtimeNano(Ctx) {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void now(Ctx ctx) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  Results().i64(ts.tv_sec).word(static_cast<uint32_t>(ts.tv_nsec)).i64(runtimeNano(ctx));
}

void sleep(Ctx, int64_t d) {
  GOJI_ANCHOR;  // parks: the stack walker starts here
  rt::sleep(d);
}
void startTimer(Ctx, rt::RuntimeTimer* t) { rt::startTimer(t); }
bool stopTimer(Ctx, rt::RuntimeTimer* t) { return rt::stopTimer(t); }
bool resetTimer(Ctx, rt::RuntimeTimer* t, int64_t when) { return rt::resetTimer(t, when); }
void modTimer(Ctx, rt::RuntimeTimer* t, int64_t when, int64_t period, rt::Closure* f, const void* argTab,
              void* argData, uint64_t seq) {
  rt::modTimer(t, when, period, f, rt::Iface{argTab, argData}, seq);
}

IntPair sysOpen(Ctx, Bytes name, int64_t n) {
  int fd = ::open(cstr(name, n).c_str(), O_RDONLY | O_CLOEXEC);
  return fd < 0 ? IntPair{-1, errno} : IntPair{fd, 0};
}
IntPair sysRead(Ctx, int64_t fd, uint8_t* b, int64_t len, int64_t) {
  ssize_t r;
  do {
    r = ::read(static_cast<int>(fd), b, static_cast<size_t>(len));
  } while (r < 0 && errno == EINTR);
  return r < 0 ? IntPair{-1, errno} : IntPair{r, 0};
}
IntPair sysSeek(Ctx, int64_t fd, int64_t offset, int64_t whence) {
  off_t r = ::lseek(static_cast<int>(fd), offset, static_cast<int>(whence));
  return r < 0 ? IntPair{-1, errno} : IntPair{r, 0};
}
void sysClose(Ctx, int64_t fd) { ::close(static_cast<int>(fd)); }
void getenv(Ctx, Bytes key, int64_t n) {
  GOJI_ANCHOR;
  const char* v = ::getenv(cstr(key, n).c_str());
  String s = v ? newString(v) : String{nullptr, 0};
  Results().str(s).boolean(v != nullptr);
}

}  // namespace

GOJI_NATIVE("time.runtimeNano", runtimeNano);
GOJI_NATIVE("time.now$native", now);
GOJI_NATIVE("time.Sleep", sleep);
GOJI_NATIVE("time.startTimer", startTimer);
GOJI_NATIVE("time.stopTimer", stopTimer);
GOJI_NATIVE("time.resetTimer", resetTimer);
GOJI_NATIVE("time.modTimer", modTimer);
GOJI_NATIVE("time.sysOpen", sysOpen);
GOJI_NATIVE("time.sysRead", sysRead);
GOJI_NATIVE("time.sysSeek", sysSeek);
GOJI_NATIVE("time.sysClose", sysClose);
GOJI_NATIVE("time.getenv$native", getenv);

}  // namespace goji::native
