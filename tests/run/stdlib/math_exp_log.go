// math.Exp, Exp2, Expm1, Log, Log2, Log10, Log1p: special cases and a table of ordinary values.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	specials := []float64{0, math.Copysign(0, -1), 1, -1, inf, -inf, nan, 709.78, 709.79, -745.13, -745.14, 1e-300, -1e-300, 2, 0.5}
	for _, v := range specials {
		fmt.Printf("%v: Exp=%v Exp2=%v Expm1=%v Log=%v Log2=%v Log10=%v Log1p=%v\n", v,
			math.Exp(v), math.Exp2(v), math.Expm1(v), math.Log(v), math.Log2(v), math.Log10(v), math.Log1p(v))
	}
	for _, v := range []float64{0.1, 0.3, 0.7, 1.1, 1.5, 2.5, 3, 4.4, 7, 10, 12.5, 20, 33.3, 50, 100, 700,
		-0.1, -0.7, -2, -10, -100, -700, 1e-5, 1e-10, 0.001953125, 1.00000001} {
		fmt.Printf("%v: Exp=%v Exp2=%v Expm1=%v\n", v, math.Exp(v), math.Exp2(v), math.Expm1(v))
	}
	for _, v := range []float64{0.1, 0.3, 0.7, 1.1, 1.5, 2, 2.5, 3, 8, 10, 100, 1000, 1e10, 1e100, 1e300,
		5e-324, 2.2250738585072014e-308, 0.999999, 1.000001, 1024, 1 << 53, 123456.789} {
		fmt.Printf("%v: Log=%v Log2=%v Log10=%v Log1p=%v\n", v, math.Log(v), math.Log2(v), math.Log10(v), math.Log1p(v))
	}
	for _, v := range []float64{-1, -2, -0.5} {
		fmt.Printf("Log1p(%v)=%v\n", v, math.Log1p(v))
	}
}
