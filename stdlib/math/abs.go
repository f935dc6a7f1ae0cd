// abs.go holds Abs.
//
// Ported from Go 1.19 src/math/abs.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// Abs returns the absolute value of x.
//
// Special cases are:
//
//	Abs(±Inf) = +Inf
//	Abs(NaN) = NaN
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ (1 << 63))
}
