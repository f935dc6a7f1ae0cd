// The natives of package runtime/debug: the collector's settings.
#include "gc/mgc.h"
#include "vm/native.h"

namespace goji::native {

namespace {

void freeOSMemory(Ctx) {
  GOJI_ANCHOR;
  gc::freeOSMemory();
}

int64_t setGCPercent(Ctx, int64_t percent) {
  GOJI_ANCHOR;
  return gc::setGCPercent(percent);
}

int64_t setMemoryLimit(Ctx, int64_t limit) {
  GOJI_ANCHOR;
  return gc::setMemoryLimit(limit);
}

}  // namespace

GOJI_NATIVE("runtime/debug.FreeOSMemory", freeOSMemory);
GOJI_NATIVE("runtime/debug.SetGCPercent", setGCPercent);
GOJI_NATIVE("runtime/debug.SetMemoryLimit", setMemoryLimit);

}  // namespace goji::native
