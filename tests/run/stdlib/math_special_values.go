// math: Inf, NaN, IsInf, IsNaN, Signbit, Copysign and arithmetic on special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(pinf, ninf, nan, negz, math.Inf(0), math.Inf(-5), math.Inf(7))
	vals := []float64{0, negz, 1, -1, pinf, ninf, nan, math.MaxFloat64, -math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v: IsInf(0)=%v IsInf(1)=%v IsInf(-1)=%v IsNaN=%v Signbit=%v Copysign(3,v)=%v Abs=%v\n",
			v, math.IsInf(v, 0), math.IsInf(v, 1), math.IsInf(v, -1), math.IsNaN(v), math.Signbit(v),
			math.Copysign(3, v), math.Abs(v))
	}
	fmt.Println(pinf+ninf, pinf-pinf, pinf*0, 0*ninf, pinf/pinf, 1/pinf, -1/pinf, pinf*-1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, pinf > math.MaxFloat64, ninf < -math.MaxFloat64)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, 1/negz)
	big, tiny := math.MaxFloat64, math.SmallestNonzeroFloat64
	fmt.Println(big*2, -big*2, tiny/2, -tiny/2)
	fmt.Println(math.Max(nan, 1), math.Max(1, nan), math.Max(pinf, nan), math.Max(0, negz), math.Max(negz, 0), math.Max(negz, negz))
	fmt.Println(math.Min(nan, 1), math.Min(ninf, nan), math.Min(0, negz), math.Min(negz, 0), math.Min(3, 2))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Dim(pinf, pinf), math.Dim(ninf, ninf), math.Dim(nan, 1))
	fmt.Println(math.Copysign(nan, -1), math.Signbit(math.Copysign(nan, -1)), math.Copysign(pinf, -0.0), math.Copysign(pinf, negz))
	var f32 float32 = float32(pinf)
	fmt.Println(f32, float32(nan), float32(big), float32(1e-50), float32(negz))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0] = 3
	m[negz] = 4
	fmt.Println(len(m), m[0], m[nan])
}
