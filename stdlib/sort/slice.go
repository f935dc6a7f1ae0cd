// slice.go holds Slice, SliceStable and SliceIsSorted. Reading the length of
// and swapping elements of an arbitrary slice are native.
//
// Ported from Go 1.19 src/sort/slice.go.
// Copyright 2017 The Go Authors. BSD-style license: see stdlib/LICENSE.

package sort

import "math/bits"

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	swap := reflectSwapper(x)
	length := sliceLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflectSwapper(x)
	stable_func(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := valueLen(x) // reflectlite.Value.Len: arrays, chans, maps and strings too
	if n < 0 {
		panic(&valueError{"reflect.Value.Len", kindOf(x)})
	}
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// reflectSwapper returns a function that swaps the elements in the slice x.
// It panics if x is not a slice.
func reflectSwapper(x any) func(i, j int) {
	if k := kindOf(x); k != kindSlice {
		panic(&valueError{"Swapper", k})
	}
	return func(i, j int) { sliceSwap(x, i, j) }
}

// valueError stands in for Go's *reflectlite.ValueError, the recoverable
// panic value of reflectlite.Swapper and Value.Len; Error is Go's text.
type valueError struct {
	Method string
	Kind   int
}

func (e *valueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + kindNames[e.Kind] + " Value"
}

const kindSlice = 23

// kindNames are reflect.Kind's String values (Go 1.19: Pointer is "ptr").
var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr",
	"slice", "string", "struct", "unsafe.Pointer"}

// The functions below are implemented by the runtime.

// sliceLen returns the length of the slice x, which reflectSwapper has
// checked to be a slice.
func sliceLen(x any) int

// kindOf returns the reflect.Kind of x's dynamic type (vm/abi.h's Kind has
// the same numbering), 0 for a nil interface.
func kindOf(x any) int

// valueLen returns len(x) for an array, chan, map, slice or string, and -1
// for any other kind (including nil).
func valueLen(x any) int

// sliceSwap swaps elements i and j of the slice x. It panics, as reflect
// does, if an index is out of range.
func sliceSwap(x any, i, j int)
