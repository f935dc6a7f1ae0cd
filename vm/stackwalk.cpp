#include "vm/stackwalk.h"

#include "vm/runtime.h"

namespace goji::rt {

void walkJitFrames(G* g, const std::function<void(const JitFrame&)>& f, size_t maxFrames) {
  size_t n = 0;
  for (size_t i = g->anchors.size(); i-- > 0;) {
    uint8_t* fp = static_cast<uint8_t*>(g->anchors[i]);
    while (fp) {
      if (n++ == maxFrames) return;
      uint64_t ret = reinterpret_cast<uint64_t*>(fp)[1];
      const SafepointRecord* rec = stackMaps().find(ret);
      if (!rec) break;  // not a JIT frame: this segment ends
      JitFrame frame{ret, fp + 16, *reinterpret_cast<uint8_t**>(fp), rec};
      f(frame);
      fp = frame.frame;
    }
  }
}

void forEachRoot(const JitFrame& frame, const std::function<void(void** slot)>& f) {
  for (const RootSlot& s : frame.record->slots) {
    uint8_t* base = s.reg == 7 ? frame.callerSP : frame.frame;  // DWARF 7: rsp, 6: rbp
    f(reinterpret_cast<void**>(base + s.offset));
  }
}

}  // namespace goji::rt
