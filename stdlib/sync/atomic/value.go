// value.go holds Value: a consistently typed value loaded and stored under
// a spin lock. The runtime provides dynType, the one thing Go code cannot
// say without reflection: whether two interface values have the same type.
//
// Behaviour (including panic messages) as Go 1.19 src/sync/atomic/value.go.
// Copyright 2014 The Go Authors. BSD-style license: see stdlib/LICENSE.

package atomic

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
// Once Store has been called, a Value must not be copied.
//
// A Value must not be copied after first use.
type Value struct {
	v    any
	lock uint32 // 1 while a method is using v
}

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// dynType returns an identifier of the dynamic type of x (0 if x is nil):
// two values have the same dynamic type if and only if the identifiers are
// equal. Implemented by the runtime.
func dynType(x any) uintptr

// Load returns the value set by the most recent Store.
// It returns nil if there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

// Store sets the value of the Value to x.
// All calls to Store for a given Value must use values of the same concrete type.
// Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.acquire()
	if v.v != nil && dynType(v.v) != dynType(val) {
		v.release()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.release()
}

// Swap stores new into Value and returns the previous value. It returns nil if
// the Value is empty.
//
// All calls to Swap for a given Value must use values of the same concrete
// type. Swap of an inconsistent type panics, as does Swap(nil).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.acquire()
	if v.v != nil && dynType(v.v) != dynType(new) {
		v.release()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	v.release()
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
//
// All calls to CompareAndSwap for a given Value must use values of the same
// concrete type. CompareAndSwap of an inconsistent type panics, as does
// CompareAndSwap(old, nil).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && dynType(old) != dynType(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		v.acquire()
		cur := v.v
		if cur == nil {
			if old != nil {
				v.release()
				return false
			}
			v.v = new
			v.release()
			return true
		}
		v.release()
		if dynType(cur) != dynType(new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compared as interface values (this panics if the type is not
		// comparable), without holding the lock.
		if cur != old {
			return false
		}
		v.acquire()
		if v.v == cur {
			v.v = new
			v.release()
			return true
		}
		v.release() // changed meanwhile: start over
	}
}
