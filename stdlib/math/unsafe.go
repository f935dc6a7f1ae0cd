// unsafe.go holds the conversions between floating-point values and their
// IEEE 754 bit patterns (Float64bits, Float64frombits, Float32bits,
// Float32frombits), implemented by the runtime.
//
// Based on Go 1.19 src/math/unsafe.go, which reinterprets memory with unsafe.
// Copyright 2009 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// The functions below are implemented by the runtime.

// Float32bits returns the IEEE 754 binary representation of f,
// with the sign bit of f and the result in the same bit position.
// Float32bits(Float32frombits(x)) == x.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding
// to the IEEE 754 binary representation b, with the sign bit of b
// and the result in the same bit position.
// Float32frombits(Float32bits(x)) == x.
func Float32frombits(b uint32) float32

// Float64bits returns the IEEE 754 binary representation of f,
// with the sign bit of f and the result in the same bit position,
// and Float64bits(Float64frombits(x)) == x.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding
// to the IEEE 754 binary representation b, with the sign bit of b
// and the result in the same bit position.
// Float64frombits(Float64bits(x)) == x.
func Float64frombits(b uint64) float64
