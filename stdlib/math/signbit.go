// signbit.go holds Signbit.
//
// Ported from Go 1.19 src/math/signbit.go.
// Copyright 2010 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&(1<<63) != 0
}
