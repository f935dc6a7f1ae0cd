// The natives of package sync/atomic: sequentially consistent atomic
// operations on 32- and 64-bit words, and Value's dynamic type identity.
#include "vm/native.h"

namespace goji::native {

namespace {

template <typename T>
T swap(Ctx, T* addr, T v) {
  return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);
}
template <typename T>
bool cas(Ctx, T* addr, T old, T v) {
  return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}
template <typename T>
T add(Ctx, T* addr, T delta) {
  return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);
}
template <typename T>
T load(Ctx, T* addr) {
  return __atomic_load_n(addr, __ATOMIC_SEQ_CST);
}
template <typename T>
void store(Ctx, T* addr, T v) {
  __atomic_store_n(addr, v, __ATOMIC_SEQ_CST);
}

// The dynamic type of an empty interface is its type descriptor.
uintptr_t dynType(Ctx, const void* tab, void*) { return reinterpret_cast<uintptr_t>(tab); }

}  // namespace

GOJI_NATIVE("sync/atomic.SwapInt32", swap<int32_t>);
GOJI_NATIVE("sync/atomic.SwapInt64", swap<int64_t>);
GOJI_NATIVE("sync/atomic.SwapUint32", swap<uint32_t>);
GOJI_NATIVE("sync/atomic.SwapUint64", swap<uint64_t>);
GOJI_NATIVE("sync/atomic.SwapUintptr", swap<uint64_t>);
GOJI_NATIVE("sync/atomic.CompareAndSwapInt32", cas<int32_t>);
GOJI_NATIVE("sync/atomic.CompareAndSwapInt64", cas<int64_t>);
GOJI_NATIVE("sync/atomic.CompareAndSwapUint32", cas<uint32_t>);
GOJI_NATIVE("sync/atomic.CompareAndSwapUint64", cas<uint64_t>);
GOJI_NATIVE("sync/atomic.CompareAndSwapUintptr", cas<uint64_t>);
GOJI_NATIVE("sync/atomic.AddInt32", add<int32_t>);
GOJI_NATIVE("sync/atomic.AddUint32", add<uint32_t>);
GOJI_NATIVE("sync/atomic.AddInt64", add<int64_t>);
GOJI_NATIVE("sync/atomic.AddUint64", add<uint64_t>);
GOJI_NATIVE("sync/atomic.AddUintptr", add<uint64_t>);
GOJI_NATIVE("sync/atomic.LoadInt32", load<int32_t>);
GOJI_NATIVE("sync/atomic.LoadInt64", load<int64_t>);
GOJI_NATIVE("sync/atomic.LoadUint32", load<uint32_t>);
GOJI_NATIVE("sync/atomic.LoadUint64", load<uint64_t>);
GOJI_NATIVE("sync/atomic.LoadUintptr", load<uint64_t>);
GOJI_NATIVE("sync/atomic.StoreInt32", store<int32_t>);
GOJI_NATIVE("sync/atomic.StoreInt64", store<int64_t>);
GOJI_NATIVE("sync/atomic.StoreUint32", store<uint32_t>);
GOJI_NATIVE("sync/atomic.StoreUint64", store<uint64_t>);
GOJI_NATIVE("sync/atomic.StoreUintptr", store<uint64_t>);
GOJI_NATIVE("sync/atomic.dynType", dynType);

}  // namespace goji::native
