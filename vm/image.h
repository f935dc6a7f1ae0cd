// A linked image: the JIT's memory for one program right after RuntimeDyld
// relocated it and before the program ran, described well enough to map it
// again in a later process and run it without LLVM.
//
// Invariants that make an image position-dependent but reusable:
//   - all of it lies in one region the JIT reserved at a fixed address
//     (jit_memory.cpp), so a later process maps it at the same address with
//     MAP_FIXED_NOREPLACE, or does not use it;
//   - every address it holds outside itself is a runtime symbol of the goji
//     executable, which is not position-independent: an image is kept only
//     if every registered runtime symbol lies inside the executable and the
//     executable is loaded where it was (`anchor`);
//   - it is never written to once recorded: the cache stores it before
//     goji.main runs, and a process maps the file privately.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace goji {

struct ImageRange {
  uint64_t offset;  // from the image's base
  uint64_t size;
};

struct ImageBlock {
  ImageRange range;  // page-aligned
  int prot;          // PROT_* once finalized
};

struct LinkedImage {
  uint64_t base = 0;  // 0: no image
  uint64_t size = 0;  // bytes from base, a multiple of the page size
  uint64_t anchor = 0;  // imageAnchor() of the process that linked it
  std::vector<ImageBlock> blocks;
  std::vector<ImageRange> stackMaps;   // .llvm_stackmaps sections
  std::vector<ImageRange> staticData;  // data, bss and read-only data
  std::vector<ImageRange> ehFrames;
  std::vector<std::pair<std::string, uint64_t>> symbols;  // name, offset: the symbols the engine looked up
};

// An address that moves if the goji executable is loaded elsewhere.
uint64_t imageAnchor();

// Whether the runtime symbols an image may refer to stay put from one goji
// process to the next (all inside the non-PIE executable).
bool runtimeSymbolsArePinned();

// Maps image bytes at file offset `offset` of fd at img.base with each
// block's protection; false (nothing mapped) if the address is taken or the
// image came from a goji loaded elsewhere.
bool mapImage(int fd, uint64_t offset, const LinkedImage& img);

// Registers a mapped image with the runtime: stack maps, static data and
// unwind tables, as the JIT's listener does for a freshly linked object.
void registerImage(const LinkedImage& img);

// The address of a symbol the engine looked up when the image was linked.
void* imageSymbol(const LinkedImage& img, const std::string& name);

}  // namespace goji
