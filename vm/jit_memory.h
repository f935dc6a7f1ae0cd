// Where the JIT puts linked code and data: one region of address space,
// reserved at a fixed address, that RuntimeDyld's sections are bump-allocated
// from, each in page-aligned blocks of its own so that code, read-only and
// writable data get their own protections.
//
// One region per Jit. It holds every section of every object the JIT links,
// so sections are always within ±1 GiB of each other, which the small code
// model's PC-relative references need; and it records what it holds as a
// LinkedImage (image.h) that the program cache can store and a later
// process map back at the same address.
#pragma once

#include <cstdint>
#include <memory>

#include "llvm/ExecutionEngine/RuntimeDyld.h"
#include "vm/image.h"

namespace goji {

class JitRegion {
 public:
  JitRegion();
  ~JitRegion();
  JitRegion(const JitRegion&) = delete;
  JitRegion& operator=(const JitRegion&) = delete;

  // A writable block of at least size bytes; prot is its protection once
  // finalized. nullptr when the region is full.
  uint8_t* allocate(uintptr_t size, unsigned alignment, int prot);
  // Gives every block its final protection.
  void protect();
  // Registers an unwind table with the C++ runtime for the region's lifetime.
  void addEHFrame(uint8_t* addr, size_t size);

  bool contains(const void* p) const;
  uint64_t offsetOf(const void* p) const;
  // The image so far (its ranges and symbols are the caller's to fill).
  LinkedImage& image() { return image_; }
  const uint8_t* base() const { return base_; }

 private:
  uint8_t* base_ = nullptr;
  size_t used_ = 0;
  LinkedImage image_;
};

std::unique_ptr<llvm::RuntimeDyld::MemoryManager> newJitMemoryManager(JitRegion& region);

}  // namespace goji
