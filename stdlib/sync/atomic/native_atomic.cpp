// The natives of package sync/atomic: Value's dynamic type identity. The
// functions on integers (Add, Load, Store, Swap, CompareAndSwap) are
// compiled inline as single atomic instructions (compiler/cg_func.cpp's
// atomicBody).
#include "vm/native.h"

namespace goji::native {

namespace {

// The dynamic type of an empty interface is its type descriptor.
uintptr_t dynType(Ctx, const void* tab, void*) { return reinterpret_cast<uintptr_t>(tab); }

}  // namespace

GOJI_NATIVE("sync/atomic.dynType", dynType);

}  // namespace goji::native
