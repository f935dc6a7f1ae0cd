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
	n := sliceLen(x)
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
	sliceLen(x) // panics if x is not a slice
	return func(i, j int) { sliceSwap(x, i, j) }
}

// The functions below are implemented by the runtime.

// sliceLen returns the length of the slice x. It panics, as reflect does,
// if x is not a slice.
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x. It panics, as reflect
// does, if an index is out of range.
func sliceSwap(x any, i, j int)
