// Floor, Ceil, Trunc and FMA (single instructions in goji, as in Go) on
// their special cases, and FMA's single rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1e300, -1e300,
		4503599627370495.5, -4503599627370495.5, 4503599627370497, 5e-324, -5e-324,
		math.Inf(1), math.Inf(-1), math.NaN(), 0.49999999999999994, -0.49999999999999994,
		123456.789, -123456.789, 9007199254740993}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Signbit(math.Ceil(v)), math.Signbit(math.Trunc(v)))
	}
	x, y := 1.0+0x1p-30, 1.0-0x1p-30
	fmt.Println(math.FMA(x, y, -1), x*y-1)
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1)
	fmt.Println(math.FMA(math.Inf(1), 0, 1), math.FMA(math.NaN(), 1, 1), math.FMA(1, 1, math.Inf(-1)))
	fmt.Println(math.FMA(1e308, 10, -1e308), math.FMA(-0.0, 1, 0), math.Signbit(math.FMA(-0.0, 1, math.Copysign(0, -1))))
	fmt.Println(math.FMA(5e-324, 0.5, 0), math.FMA(3, 5e-324, 5e-324))
	s := 0.0
	for i := 1; i <= 1000; i++ {
		f := float64(i) * 0.37
		s += math.Floor(f) - math.Ceil(-f) + math.Trunc(f*f) + math.FMA(f, f, -s)
		s = math.Mod(s, 1e6)
	}
	fmt.Println(s)
	fmt.Println(math.Exp(1), math.Exp(-745.1), math.Exp(709.7), math.Pow(2.5, 3.7), math.Pow(10, -3))
}
