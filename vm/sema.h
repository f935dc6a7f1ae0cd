// Semaphores for package sync (sema.cpp; Go's runtime/sema.go).
#pragma once

#include <cstdint>

namespace goji::rt {

// Waits until *addr > 0, then decrements it. lifo queues the caller first.
void semacquire(uint32_t* addr, bool lifo = false);
// Increments *addr and readies the first waiter; handoff gives it the count
// directly and yields to it.
void semrelease(uint32_t* addr, bool handoff = false);

}  // namespace goji::rt
