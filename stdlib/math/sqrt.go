// sqrt.go holds Sqrt, implemented by the runtime (it is a single machine
// instruction; Go's portable software version is not needed).
//
// Based on Go 1.19 src/math/sqrt.go.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// Sqrt is implemented by the runtime.

// Sqrt returns the square root of x.
//
// Special cases are:
//
//	Sqrt(+Inf) = +Inf
//	Sqrt(±0) = ±0
//	Sqrt(x < 0) = NaN
//	Sqrt(NaN) = NaN
func Sqrt(x float64) float64
