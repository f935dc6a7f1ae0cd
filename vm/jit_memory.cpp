#include "vm/jit_memory.h"

#include <sys/mman.h>
#include <unistd.h>

#include "llvm/ExecutionEngine/RTDyldMemoryManager.h"

extern "C" {
void __register_frame(void*);
void __deregister_frame(void*);
}

namespace goji {

namespace {

constexpr size_t kRegionSize = size_t{1} << 30;
// Regions are tried from here up: far below where Linux places mappings
// without a hint (libraries, thread stacks, the heap's chunks), so that a
// later process finds the same address free.
constexpr uintptr_t kFirstRegion = uintptr_t{1} << 44;
constexpr int kRegionTries = 64;

size_t pageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}

uint8_t* reserve() {
  for (int i = 0; i < kRegionTries; i++) {
    void* want = reinterpret_cast<void*>(kFirstRegion + i * kRegionSize);
    void* got = mmap(want, kRegionSize, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
                     -1, 0);
    if (got == want) return static_cast<uint8_t*>(got);
    if (got != MAP_FAILED) munmap(got, kRegionSize);
  }
  void* got = mmap(nullptr, kRegionSize, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return got == MAP_FAILED ? nullptr : static_cast<uint8_t*>(got);
}

class JitMemoryManager : public llvm::RTDyldMemoryManager {
 public:
  explicit JitMemoryManager(JitRegion& region) : region_(region) {}

  uint8_t* allocateCodeSection(uintptr_t size, unsigned alignment, unsigned, llvm::StringRef) override {
    return region_.allocate(size, alignment, PROT_READ | PROT_EXEC);
  }
  uint8_t* allocateDataSection(uintptr_t size, unsigned alignment, unsigned, llvm::StringRef,
                               bool readOnly) override {
    return region_.allocate(size, alignment, readOnly ? PROT_READ : PROT_READ | PROT_WRITE);
  }
  bool finalizeMemory(std::string*) override {  // true reports an error
    region_.protect();
    return false;
  }
  void registerEHFrames(uint8_t* addr, uint64_t, size_t size) override { region_.addEHFrame(addr, size); }
  void deregisterEHFrames() override {}  // the region deregisters them when it goes

 private:
  JitRegion& region_;
};

}  // namespace

JitRegion::JitRegion() : base_(reserve()) { image_.base = reinterpret_cast<uint64_t>(base_); }

JitRegion::~JitRegion() {
  for (const ImageRange& r : image_.ehFrames) __deregister_frame(base_ + r.offset);
  if (base_) munmap(base_, kRegionSize);
}

uint8_t* JitRegion::allocate(uintptr_t size, unsigned alignment, int prot) {
  if (!base_) return nullptr;
  size_t page = pageSize();
  size_t align = std::max<size_t>(page, alignment);
  size_t start = (used_ + align - 1) / align * align;
  size_t bytes = std::max<size_t>((size + page - 1) / page * page, page);
  if (start > kRegionSize || bytes > kRegionSize - start) return nullptr;
  if (mprotect(base_ + start, bytes, PROT_READ | PROT_WRITE) != 0) return nullptr;
  used_ = start + bytes;
  image_.size = used_;
  image_.blocks.push_back(ImageBlock{{start, bytes}, prot});
  return base_ + start;
}

void JitRegion::protect() {
  for (const ImageBlock& b : image_.blocks) mprotect(base_ + b.range.offset, b.range.size, b.prot);
}

void JitRegion::addEHFrame(uint8_t* addr, size_t size) {
  __register_frame(addr);
  image_.ehFrames.push_back(ImageRange{offsetOf(addr), size});
}

bool JitRegion::contains(const void* p) const {
  auto* q = static_cast<const uint8_t*>(p);
  return base_ && q >= base_ && q < base_ + used_;
}

uint64_t JitRegion::offsetOf(const void* p) const { return static_cast<const uint8_t*>(p) - base_; }

std::unique_ptr<llvm::RuntimeDyld::MemoryManager> newJitMemoryManager(JitRegion& region) {
  return std::make_unique<JitMemoryManager>(region);
}

}  // namespace goji
