#include "vm/image.h"

#include <sys/mman.h>

#include "vm/runtime.h"
#include "vm/runtime_symbols.h"
#include "vm/stackmap.h"

extern "C" {
extern char __executable_start[];
extern char _end[];
void __register_frame(void*);
}

namespace goji {

uint64_t imageAnchor() { return reinterpret_cast<uint64_t>(&imageAnchor); }

bool runtimeSymbolsArePinned() {
  for (const RuntimeSymbol& s : runtimeSymbols()) {
    auto* p = static_cast<char*>(s.address);
    if (p < __executable_start || p >= _end) return false;
  }
  return true;
}

bool mapImage(int fd, uint64_t offset, const LinkedImage& img) {
  if (img.base == 0 || img.anchor != imageAnchor()) return false;
  void* want = reinterpret_cast<void*>(img.base);
  void* got = mmap(want, img.size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED_NOREPLACE, fd,
                   static_cast<off_t>(offset));
  if (got == MAP_FAILED) return false;
  if (got != want) {  // a kernel older than MAP_FIXED_NOREPLACE placed it elsewhere
    munmap(got, img.size);
    return false;
  }
  for (const ImageBlock& b : img.blocks) {
    if (mprotect(static_cast<char*>(want) + b.range.offset, b.range.size, b.prot) != 0) {
      munmap(want, img.size);
      return false;
    }
  }
  return true;
}

void registerImage(const LinkedImage& img) {
  auto* base = reinterpret_cast<uint8_t*>(img.base);
  for (const ImageRange& r : img.stackMaps) rt::stackMaps().addSection(base + r.offset, r.size);
  for (const ImageRange& r : img.staticData) rt::registerStaticData(base + r.offset, r.size);
  for (const ImageRange& r : img.ehFrames) __register_frame(base + r.offset);
}

void* imageSymbol(const LinkedImage& img, const std::string& name) {
  for (const auto& [n, offset] : img.symbols) {
    if (n == name) return reinterpret_cast<void*>(img.base + offset);
  }
  return nullptr;
}

}  // namespace goji
