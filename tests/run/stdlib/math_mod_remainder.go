// math.Mod and math.Remainder: signs, special cases, large and tiny operands.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	pairs := [][2]float64{
		{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {-5.5, 2}, {1, 0.1}, {0, 1}, {negz, 1},
		{1, 0}, {inf, 1}, {-inf, 1}, {1, inf}, {1, -inf}, {nan, 1}, {1, nan}, {1e300, 3},
		{1e-300, 1e-310}, {math.MaxFloat64, math.SmallestNonzeroFloat64}, {3, 1e300}, {6, 3},
		{-6, 3}, {4.5, 1.5}, {2.5, 2}, {3.5, 2}, {1e17, 0.3}, {5e-324, 5e-324}, {math.Pi * 100, math.Pi},
	}
	for _, p := range pairs {
		fmt.Printf("Mod(%v, %v) = %v   Remainder = %v\n", p[0], p[1], math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]))
	}
}
