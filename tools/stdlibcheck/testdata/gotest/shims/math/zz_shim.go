// zz_shim.go implements the natives (bodyless functions) of goji's math with the real Go
// standard library, so the package can be tested under the Go toolchain.

package math

import realmath "math"

func Sqrt(x float64) float64           { return realmath.Sqrt(x) }
func Float32bits(f float32) uint32     { return realmath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return realmath.Float32frombits(b) }
func Float64bits(f float64) uint64     { return realmath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return realmath.Float64frombits(b) }
