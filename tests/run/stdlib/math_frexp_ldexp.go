// math.Frexp, Ldexp, Logb, Ilogb and FMA on normal, subnormal and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 3, 1024, 1e300, 5e-324, 1e-310, 2.2250738585072014e-308, inf, -inf, nan, 0.1} {
		fr, e := math.Frexp(v)
		fmt.Printf("%v: Frexp=(%v,%d) Logb=%v Ilogb=%d Ldexp(fr,e)=%v\n", v, fr, e, math.Logb(v), math.Ilogb(v), math.Ldexp(fr, e))
	}
	for _, c := range []struct {
		f float64
		e int
	}{{1, 1023}, {1, 1024}, {1, -1074}, {1, -1075}, {0.75, -1074}, {1.5, -1075}, {1, -2000}, {-1, 5000}, {0, 100},
		{inf, -5}, {nan, 3}, {0.5, -1073}, {3, -1076}, {1e-310, 300}, {1, 1 << 40}, {1, -(1 << 40)}} {
		fmt.Printf("Ldexp(%v, %d) = %v\n", c.f, c.e, math.Ldexp(c.f, c.e))
	}
	for _, c := range [][3]float64{{2, 3, 4}, {0.1, 10, -1}, {1e308, 10, -1e308}, {inf, 0, 1}, {1, 1, nan},
		{1 + 1.0/(1<<52), 1 - 1.0/(1<<52), -1}, {5e-324, 0.5, 0}, {-0.0, 0, 0}, {3, -0.0, 0}, {inf, 1, -inf}} {
		fmt.Printf("FMA(%v, %v, %v) = %v\n", c[0], c[1], c[2], math.FMA(c[0], c[1], c[2]))
	}
}
