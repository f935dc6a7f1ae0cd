// fma.go holds FMA, implemented by the runtime: it is one machine
// instruction (Go's compiler makes it one too, where the CPU has FMA).
//
// Ported from Go 1.19 src/math/fma.go.
// Copyright 2019 The Go Authors. BSD-style license: see stdlib/LICENSE.

package math

// FMA is implemented by the runtime.

// FMA returns x * y + z, computed with only one rounding.
// (That is, FMA returns the fused multiply-add of x, y, and z.)
func FMA(x, y, z float64) float64
