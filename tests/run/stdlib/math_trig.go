// math trigonometric functions: Sin, Cos, Tan, Sincos, Asin, Acos, Atan, Atan2 special cases and tables.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	for _, v := range []float64{0, negz, math.Pi / 6, math.Pi / 4, math.Pi / 2, math.Pi, 2 * math.Pi, 1, -1, 10, 100,
		1e6, 1e10, 1e20, 1e300, inf, -inf, nan, 0.5, -3} {
		s, c := math.Sincos(v)
		fmt.Printf("%v: Sin=%v Cos=%v Tan=%v Sincos=(%v,%v)\n", v, math.Sin(v), math.Cos(v), math.Tan(v), s, c)
	}
	for _, v := range []float64{0, negz, 0.5, -0.5, 1, -1, 1.0000001, inf, nan, 0.1, 0.9999} {
		fmt.Printf("%v: Asin=%v Acos=%v Atan=%v\n", v, math.Asin(v), math.Acos(v), math.Atan(v))
	}
	fmt.Println(math.Atan(inf), math.Atan(-inf), math.Atan(1e300))
	ys := []float64{0, negz, 1, -1, inf, -inf, nan}
	xs := []float64{0, negz, 1, -1, inf, -inf, nan}
	for _, y := range ys {
		line := fmt.Sprintf("Atan2(%v, x):", y)
		for _, x := range xs {
			line += fmt.Sprintf(" %v", math.Atan2(y, x))
		}
		fmt.Println(line)
	}
}
