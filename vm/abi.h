// The ABI between generated code and the runtime: how Go values are laid out
// in memory, and the type descriptors the code generator emits for every type
// the runtime must understand (allocation, printing, interfaces, maps, GC).
//
// Invariants:
//   - The code generator (compiler/cg_types.cpp) emits these structures as
//     LLVM constants with exactly this layout; any change here must be
//     mirrored there (a static check in cg_types.cpp compares sizes).
//   - Type descriptors are canonical: two identical Go types have the same
//     descriptor address (they are linkonce_odr globals named by the type's
//     identity string), so type identity at run time is pointer equality.
//   - gcmask has one bit per pointer-sized word of the first ptrdata bytes;
//     a set bit means the word holds a pointer the collector must trace.
#pragma once

#include <cstddef>
#include <cstdint>

namespace goji::rt {

// Kinds, numbered as Go's reflect.Kind.
enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

enum TypeFlags : uint8_t {
  kComparable = 1 << 0,  // == is defined (panics at run time for incomparable dynamic types)
  kNamed = 1 << 1,       // a defined type (has a name)
  kRegularMemory = 1 << 2,  // equality and hashing are memcmp/memhash of size bytes
};

struct TypeDesc;

struct StructField {
  const char* name;  // "" for none
  const TypeDesc* type;
  uint64_t offset;
  uint64_t embedded;  // 1 if embedded
};

struct IMethod {
  const char* name;
  const TypeDesc* type;  // the method's signature (a Func descriptor)
};

// A method of a concrete type, for building itabs at run time.
struct Method {
  const char* name;
  const TypeDesc* type;  // signature without receiver
  void* ifn;             // called with the interface data word as receiver
};

struct TypeDesc {
  uint64_t size;
  uint64_t ptrdata;       // prefix of the object that may hold pointers; 0 = no pointers
  const uint8_t* gcmask;  // 1 bit per word of ptrdata
  const char* str;        // as %T prints it: "main.Point", "[]int", "map[string]int"
  const TypeDesc* elem;   // Array, Chan, Map (value), Pointer, Slice
  const TypeDesc* key;    // Map
  const void* fields;     // Struct: StructField[len]; Interface: IMethod[len]; Func: TypeDesc*[in+out]
  const Method* methods;  // sorted by name; count in nmethods
  uint64_t len;           // Array: length; Struct: #fields; Interface: #methods; Func: in | out<<16 | variadic<<32; Chan: dir
  uint32_t nmethods;
  uint32_t hash;          // hash of the type identity
  Kind kind;
  uint8_t align;
  uint8_t flags;
  uint8_t pad[5];
};
static_assert(sizeof(TypeDesc) == 88, "mirrored by cg_types.cpp");

// An itab: the method table of a concrete type seen through a non-empty interface.
struct Itab {
  const TypeDesc* inter;
  const TypeDesc* type;
  void* fun[1];  // [inter->len] in reality
};

// Go values in memory.
struct String {
  const uint8_t* data;
  int64_t len;
};

struct Slice {
  void* data;
  int64_t len;
  int64_t cap;
};

// An interface value. For empty interfaces tab is the dynamic type's
// TypeDesc; for others it is an Itab*. data is the value itself for
// pointer-shaped types, otherwise a pointer to a heap copy.
struct Iface {
  const void* tab;
  void* data;
};

// A function value points at a closure object whose first word is the code.
struct Closure {
  void* fn;
  // captured variables follow
};

// The most scalars a value the code generator handles whole may flatten to
// (CodeGen::kMaxValueScalars): so the most words a function's results
// spill into its caller's area.
constexpr size_t kMaxValueScalars = 1024;

// The frame record of a Go function that defers calls: memory in the
// function's own stack frame, linked from the goroutine while the function
// runs (goji_defer_link). Generated code calls goji_setjmp on `recovery`
// right after linking it: a recovered panic resumes the function there, which
// then runs its remaining deferred calls and returns. The collector finds
// the records through the goroutine (vm/gcroots.cpp) and marks what they
// hold: the deferred closures (inline, or in a heap array once there are
// more than kInlineDeferCalls), what inline closures in the stack hold,
// through their layouts, and the result homes.
constexpr int64_t kInlineDeferCalls = 8;

struct DeferFrame {
  DeferFrame* prev;    // the enclosing function's frame
  Closure** calls;     // deferred closures, run last-in first-out: inlineCalls or a heap array
  int64_t ncalls;
  int64_t capcalls;
  uint64_t thunks;     // bit i (i < 64): call i is a thunk wrapping the deferred function
  int64_t anchorDepth; // the goroutine's anchor count when the frame was made
  int64_t nresults;
  uint64_t recovery[8];   // goji_setjmp's buffer (rt_panic.cpp)
  Closure* inlineCalls[kInlineDeferCalls];
  const TypeDesc* inlineLayouts[kInlineDeferCalls];  // a stack closure's layout, or null
  void* results[];        // the function's result homes (heap cells), reloaded on recovery
};
constexpr size_t kDeferFrameRecoveryOffset = 56;
constexpr size_t kDeferFrameResultsOffset = 248;
static_assert(offsetof(DeferFrame, recovery) == kDeferFrameRecoveryOffset, "mirrored by the code generator");
static_assert(offsetof(DeferFrame, results) == kDeferFrameResultsOffset, "mirrored by the code generator");

// Whether word w of a value of type t holds a pointer (w < t->size / 8).
inline bool pointerAt(const TypeDesc* t, uint64_t w) {
  return w * 8 < t->ptrdata && (t->gcmask[w / 8] >> (w % 8) & 1);
}

inline bool isPointerShaped(const TypeDesc* t) {
  return t->kind == Kind::Pointer || t->kind == Kind::Map || t->kind == Kind::Chan || t->kind == Kind::Func ||
         t->kind == Kind::UnsafePointer;
}

}  // namespace goji::rt
