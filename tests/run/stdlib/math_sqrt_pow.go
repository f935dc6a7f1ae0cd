// math.Sqrt, Cbrt, Pow (every documented special case), Pow10, Exp2 on integers.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	for _, v := range []float64{0, negz, 1, 2, 4, 0.25, -1, inf, -inf, nan, 1e-320, 1e308, 2e-323, 10, 1e100} {
		fmt.Printf("Sqrt(%v)=%v Cbrt=%v\n", v, math.Sqrt(v), math.Cbrt(v))
	}
	for _, v := range []float64{-8, 27, -27, 1000, 0.001, 3, 9} {
		fmt.Printf("Cbrt(%v)=%v\n", v, math.Cbrt(v))
	}
	pairs := [][2]float64{
		{2, 10}, {2, -2}, {2, 0.5}, {10, 308}, {10, 309}, {10, -323}, {10, -324}, {-2, 3}, {-2, 2}, {-2, 0.5},
		{0, -1}, {negz, -1}, {0, -2}, {negz, -2}, {0, -inf}, {negz, -inf}, {0, 1}, {negz, 1}, {negz, 3}, {0, 0.5}, {negz, 0.5},
		{nan, 0}, {1, nan}, {1, inf}, {-1, inf}, {-1, -inf}, {2, inf}, {0.5, inf}, {2, -inf}, {0.5, -inf},
		{inf, 1}, {inf, -1}, {-inf, 3}, {-inf, 2}, {-inf, -3}, {-inf, -2}, {nan, 1}, {1.0000001, 1e10},
		{3, 40}, {1.5, 1.5}, {math.E, 2}, {7, -0.5}, {-8, 1.0 / 3}, {2, 1023}, {2, 1024}, {2, -1074}, {2, -1075},
		{0.1, 0.1}, {123.456, 7.89}, {2, 62}, {-1, 1e300}, {-1, 0.5},
	}
	for _, p := range pairs {
		fmt.Printf("Pow(%v, %v) = %v\n", p[0], p[1], math.Pow(p[0], p[1]))
	}
	for _, n := range []int{-400, -324, -323, -1, 0, 1, 15, 22, 23, 308, 309, 1000} {
		fmt.Printf("Pow10(%d)=%v\n", n, math.Pow10(n))
	}
}
