// copysign.go holds Copysign.
//
// Ported from Go 1.19 src/math/copysign.go.
// Copyright 2010 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// Copysign returns a value with the magnitude of f
// and the sign of sign.
func Copysign(f, sign float64) float64 {
	const signBit = 1 << 63
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}
