// The heap's entry points for generated code and the runtime: allocation of
// zeroed objects described by type descriptors (mallocgc's shape: size,
// type), and the questions the root verifier asks. The collector behind it
// is described in mgc.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "vm/abi.h"

namespace goji::gc {

struct MCache;

// Allocates size bytes for an object of type t (t may be null, or have no
// pointers, for pointer-free memory); a size larger than t's is an array
// of t. Thread-safe. Never runs a collection itself: a cycle that is due
// runs at the next safepoint poll, so runtime code may hold the only
// reference to a new object until it returns to generated code.
void* mallocgc(uint64_t size, const rt::TypeDesc* t);

// mallocgc with the running P's cache c.
void* mallocgcFrom(MCache* c, uint64_t size, const rt::TypeDesc* t);

// Whether p points into an object the heap handed out (interior pointers included).
bool isHeapPointer(const void* p);

// The running P's cache (defined by the scheduler), or null on a thread
// without a P; and every P's cache, with the world stopped.
MCache* currentMCache();
void forEachMCache(const std::function<void(MCache*)>& f);

}  // namespace goji::gc
