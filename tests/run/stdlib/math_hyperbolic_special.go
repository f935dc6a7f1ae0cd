// math: Sinh/Cosh/Tanh/Asinh/Acosh/Atanh, Hypot, Gamma, Lgamma, Erf/Erfc/Erfinv, Bessel functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	for _, v := range []float64{0, negz, 0.5, -0.5, 1, 2, 10, 100, 710, 1000, inf, -inf, nan} {
		fmt.Printf("%v: Sinh=%v Cosh=%v Tanh=%v Asinh=%v Acosh=%v Atanh=%v\n", v,
			math.Sinh(v), math.Cosh(v), math.Tanh(v), math.Asinh(v), math.Acosh(v), math.Atanh(v))
	}
	for _, p := range [][2]float64{{3, 4}, {0, 0}, {-3, 4}, {inf, nan}, {nan, -inf}, {nan, 1}, {1e300, 1e300}, {1e-300, 1e-300}, {5e-324, 5e-324}} {
		fmt.Printf("Hypot(%v, %v) = %v\n", p[0], p[1], math.Hypot(p[0], p[1]))
	}
	for _, v := range []float64{0, negz, 0.5, 1, 1.5, 2, 5, 10, 20, 170, 171.7, 172, -0.5, -1, -1.5, -170.5, -200.5, inf, -inf, nan, 1e-300} {
		lg, s := math.Lgamma(v)
		fmt.Printf("Gamma(%v)=%v Lgamma=(%v,%d)\n", v, math.Gamma(v), lg, s)
	}
	for _, v := range []float64{0, negz, 0.1, 0.5, 1, 2, 3, 6, -0.5, -3, inf, -inf, nan} {
		fmt.Printf("%v: Erf=%v Erfc=%v\n", v, math.Erf(v), math.Erfc(v))
	}
	for _, v := range []float64{0, 0.5, -0.5, 0.999, 1, -1, 1.5, nan} {
		fmt.Printf("Erfinv(%v)=%v Erfcinv(%v)=%v\n", v, math.Erfinv(v), v+0.5, math.Erfcinv(v+0.5))
	}
	for _, v := range []float64{0, 0.5, 1, 2.5, 10, 100, inf, nan, -1} {
		fmt.Printf("%v: J0=%v J1=%v Jn(2)=%v Y0=%v Y1=%v Yn(3)=%v\n", v, math.J0(v), math.J1(v), math.Jn(2, v), math.Y0(v), math.Y1(v), math.Yn(3, v))
	}
}
