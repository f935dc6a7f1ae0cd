// A bump allocator for compiler data structures whose lifetime is one
// compilation (AST nodes, types, objects). Objects allocated here are never
// destroyed individually, so they must be trivially destructible.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace goji {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align) {
    static_assert(alignof(std::max_align_t) >= 8);
    size_t p = (used_ + align - 1) & ~(align - 1);
    if (!current_ || p + size > capacity_) {
      // Blocks grow to 1 MiB; oversized requests get a block of their own.
      size_t cap = size + align > kBlock ? size + align : kBlock;
      blocks_.emplace_back(new std::byte[cap]);  // not zeroed: objects are constructed in place
      current_ = blocks_.back().get();
      capacity_ = cap;
      p = 0;  // operator new[] aligns blocks for any fundamental type
    }
    used_ = p + size;
    bytes_ += size;
    return current_ + p;
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  template <typename T>
  std::span<T> copy(const std::vector<T>& v) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (v.empty()) return {};
    T* p = static_cast<T*>(allocate(sizeof(T) * v.size(), alignof(T)));
    std::uninitialized_copy(v.begin(), v.end(), p);
    return {p, v.size()};
  }

  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  size_t bytesAllocated() const { return bytes_; }

 private:
  static constexpr size_t kBlock = 1 << 20;
  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* current_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t bytes_ = 0;
};

}  // namespace goji
