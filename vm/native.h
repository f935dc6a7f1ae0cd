// Helpers for the natives of the standard library (stdlib/*/*.cpp): the Go
// calling convention seen from C++, Go strings and slices, and the result
// buffer of natives with more than two result words.
//
// A native NAME(params) (results) is `extern "C"`-free C++ taking the closure
// context (always null) first and then every parameter flattened to scalars:
// a string is (data, len), a slice (data, len, cap), an interface (tab, data),
// a bool a bool. Results of at most two words are returned as a scalar or as
// a two-word struct (ResultPair); larger ones are written, word by word, to
// the result buffer with Results and the native registers as NAME$native.
// A native that allocates or calls back into Go starts with GOJI_ANCHOR and
// writes its results last.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "gc/heap.h"
#include "vm/abi.h"
#include "vm/runtime.h"
#include "vm/runtime_symbols.h"

// A native that may block in the kernel: its P may go to another M
// meanwhile, so it must not allocate until it returns.
#define GOJI_SYSCALL \
  GOJI_ANCHOR;       \
  ::goji::rt::Syscall goji_syscall_
// The same, for a call that reads into or writes from buf.
#define GOJI_SYSCALL_USING(buf) \
  GOJI_ANCHOR;                  \
  ::goji::rt::Syscall goji_syscall_(false, const_cast<uint8_t*>(buf))

namespace goji::native {

using rt::String;
using Ctx = void*;
using Bytes = const uint8_t*;

template <typename A, typename B>
struct ResultPair {
  A first;
  B second;
};
using IntPair = ResultPair<int64_t, int64_t>;

inline std::string_view view(Bytes p, int64_t n) { return {reinterpret_cast<const char*>(p), static_cast<size_t>(n)}; }
inline std::string cstr(Bytes p, int64_t n) { return std::string(view(p, n)); }

// Descriptors for what natives allocate: strings' backing arrays hold no
// pointers; arrays of strings hold one pointer per element.
extern const rt::TypeDesc kStringElem;

inline String newString(std::string_view s) {
  if (s.empty()) return String{nullptr, 0};
  auto* p = static_cast<uint8_t*>(gc::mallocgc(s.size(), nullptr));
  std::memcpy(p, s.data(), s.size());
  return String{p, static_cast<int64_t>(s.size())};
}

class Results {
 public:
  Results() : w_(::goji_native_results()) {}
  Results& word(uint64_t v) {
    w_[i_++] = v;
    return *this;
  }
  Results& ptr(const void* p) { return word(reinterpret_cast<uint64_t>(p)); }
  Results& i64(int64_t v) { return word(static_cast<uint64_t>(v)); }
  Results& boolean(bool b) { return word(b ? 1 : 0); }
  Results& str(String s) { return ptr(s.data).i64(s.len); }
  Results& slice(const void* data, int64_t len, int64_t cap) { return ptr(data).i64(len).i64(cap); }

 private:
  uint64_t* w_;
  size_t i_ = 0;
};

}  // namespace goji::native
