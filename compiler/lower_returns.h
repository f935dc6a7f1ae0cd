// The return convention of Go functions, applied to the optimized module
// just before RewriteStatepointsForGC.
//
// LLVM's statepoint lowering cannot return a value in memory, so a Go
// function whose flattened results outnumber the x86-64 return registers
// (three integer, two floating-point) returns the first that fit in
// registers and stores the rest, one 8-byte word each, into an area in its
// caller's frame passed as a hidden last argument. The stores sit right
// before each return and the loads right after each call, with no safepoint
// in between: the area never holds a pointer the collector must see, so it
// is an ordinary integer alloca and not a root.
//
// Results whose memory part holds no GC pointer are lowered before the
// optimizer runs (pointerFreeOnly): it then never sees a function return
// a struct of hundreds of fields (runtime.MemStats), on which SCCP's
// per-field lattice is quadratic. The rest are lowered after it.
#pragma once

namespace llvm {
class Module;
class Type;
}

namespace goji {

void lowerLargeReturns(llvm::Module& m, bool pointerFreeOnly);

// Whether a function returning ret stores part of its results into an area
// its caller passes (so a caller that knows nothing of its results, as the
// runtime calling a deferred function, cannot call it directly).
bool returnsInMemory(llvm::Type* ret);

}  // namespace goji
