// Keeping every GC pointer visible to RewriteStatepointsForGC, which tracks
// pointer-typed SSA values only: a first-class aggregate holding a GC
// pointer (a string, slice or interface returned by a call, loaded, or
// merged by a phi) that is live across a safepoint would be neither
// recorded in the stack map nor relocated. The optimizer creates such
// values freely (it sinks extractvalues to their uses), so this runs on
// the optimized module, just before RS4GC.
#pragma once

namespace llvm {
class Module;
class Type;
}  // namespace llvm

namespace goji {

bool containsGCPointer(llvm::Type* t);

// Splits each aggregate value holding GC pointers into its leaves right
// after its definition and rebuilds it right before each use, so that
// only the leaves are live in between.
void splitGCAggregates(llvm::Module& m);

}  // namespace goji
