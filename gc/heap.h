// The heap, as far as the collector-less runtime needs it: allocation of
// zeroed objects described by type descriptors, never freed.
//
// This is the real allocation entry point of generated code (mallocgc's
// shape: size, type, zeroing); the collector issue replaces the inside with
// spans, mcaches and sweeping without changing the callers. Objects are
// rounded up to Go's size classes. Memory comes from mmap'd chunks that are
// zero on arrival, so no explicit zeroing is needed.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/abi.h"

namespace goji::gc {

// Allocates size bytes for an object of type t (t may be null for raw,
// pointer-free memory). Thread-safe.
void* mallocgc(uint64_t size, const rt::TypeDesc* t);

// Whether p points into an object the heap handed out (interior pointers included).
bool isHeapPointer(const void* p);

}  // namespace goji::gc
