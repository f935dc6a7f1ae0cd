// strconv.FormatFloat with very large precisions (exact decimal expansions) and round-half-even digits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	s := strconv.FormatFloat(5e-324, 'e', 800, 64)
	fmt.Println(len(s), s[:40], s[len(s)-30:])
	s = strconv.FormatFloat(5e-324, 'f', 1100, 64)
	fmt.Println(len(s), s[320:360], s[len(s)-30:])
	s = strconv.FormatFloat(math.MaxFloat64, 'f', 5, 64)
	fmt.Println(len(s), s[:40], s[len(s)-30:])
	s = strconv.FormatFloat(math.MaxFloat64, 'e', 400, 64)
	fmt.Println(len(s), s[300:])
	s = strconv.FormatFloat(0.1, 'f', 70, 64)
	fmt.Println(s)
	s = strconv.FormatFloat(float64(float32(0.1)), 'f', 40, 32)
	fmt.Println(s)
	s = strconv.FormatFloat(1.0/3, 'g', 60, 64)
	fmt.Println(s)
	s = strconv.FormatFloat(2.2250738585072014e-308, 'g', 800, 64)
	fmt.Println(len(s), s[len(s)-20:])
	for _, c := range []struct {
		v float64
		p int
	}{{0.125, 2}, {0.375, 2}, {2.5, 0}, {3.5, 0}, {-2.5, 0}, {1.005, 2}, {1.015, 2}, {1.025, 2}, {0.5, 0}, {1.5, 0},
		{9.5, 0}, {99.5, 0}, {0.05, 1}, {0.15, 1}, {0.25, 1}, {0.35, 1}, {1e22, 0}, {1e23, 0}, {123456789.5, 0}} {
		fmt.Printf("%v: f=%s e=%s g=%s\n", c.v, strconv.FormatFloat(c.v, 'f', c.p, 64), strconv.FormatFloat(c.v, 'e', c.p, 64), strconv.FormatFloat(c.v, 'g', c.p+1, 64))
	}
	fmt.Printf("%.60f\n%.100e\n%.30g\n", math.Pi, math.E, 1e-300)
	fmt.Printf("%.50f\n", float32(1.0/3))
}
