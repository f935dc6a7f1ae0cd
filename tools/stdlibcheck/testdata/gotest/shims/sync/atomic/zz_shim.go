// zz_shim.go implements the natives (bodyless functions) of goji's sync/atomic with the real Go
// standard library, so the package can be tested under the Go toolchain.

package atomic

import (
	"reflect"
	realsync "sync"
	a "sync/atomic"
)

func SwapInt32(addr *int32, new int32) (old int32)         { return a.SwapInt32(addr, new) }
func SwapInt64(addr *int64, new int64) (old int64)         { return a.SwapInt64(addr, new) }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { return a.SwapUint32(addr, new) }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { return a.SwapUint64(addr, new) }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { return a.SwapUintptr(addr, new) }
func CompareAndSwapInt32(addr *int32, old, new int32) bool {
	return a.CompareAndSwapInt32(addr, old, new)
}
func CompareAndSwapInt64(addr *int64, old, new int64) bool {
	return a.CompareAndSwapInt64(addr, old, new)
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	return a.CompareAndSwapUint32(addr, old, new)
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	return a.CompareAndSwapUint64(addr, old, new)
}
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	return a.CompareAndSwapUintptr(addr, old, new)
}
func AddInt32(addr *int32, delta int32) (new int32)         { return a.AddInt32(addr, delta) }
func AddUint32(addr *uint32, delta uint32) (new uint32)     { return a.AddUint32(addr, delta) }
func AddInt64(addr *int64, delta int64) (new int64)         { return a.AddInt64(addr, delta) }
func AddUint64(addr *uint64, delta uint64) (new uint64)     { return a.AddUint64(addr, delta) }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { return a.AddUintptr(addr, delta) }
func LoadInt32(addr *int32) (val int32)                     { return a.LoadInt32(addr) }
func LoadInt64(addr *int64) (val int64)                     { return a.LoadInt64(addr) }
func LoadUint32(addr *uint32) (val uint32)                  { return a.LoadUint32(addr) }
func LoadUint64(addr *uint64) (val uint64)                  { return a.LoadUint64(addr) }
func LoadUintptr(addr *uintptr) (val uintptr)               { return a.LoadUintptr(addr) }
func StoreInt32(addr *int32, val int32)                     { a.StoreInt32(addr, val) }
func StoreInt64(addr *int64, val int64)                     { a.StoreInt64(addr, val) }
func StoreUint32(addr *uint32, val uint32)                  { a.StoreUint32(addr, val) }
func StoreUint64(addr *uint64, val uint64)                  { a.StoreUint64(addr, val) }
func StoreUintptr(addr *uintptr, val uintptr)               { a.StoreUintptr(addr, val) }

var vmu realsync.Mutex

func (v *Value) Load() (val any) {
	vmu.Lock()
	defer vmu.Unlock()
	return v.v
}

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	vmu.Lock()
	defer vmu.Unlock()
	if v.v != nil && reflect.TypeOf(v.v) != reflect.TypeOf(val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	vmu.Lock()
	defer vmu.Unlock()
	if v.v != nil && reflect.TypeOf(v.v) != reflect.TypeOf(new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old, v.v = v.v, new
	return old
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && reflect.TypeOf(old) != reflect.TypeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	vmu.Lock()
	defer vmu.Unlock()
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if reflect.TypeOf(v.v) != reflect.TypeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
