package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32)
	var f64 float64 = 0.1
	fmt.Println(f64+0.2 == 0.3, f64+0.2)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	x := 1e100
	fmt.Println(x*x*x*x, -x*x*x*x)
	fmt.Printf("%.3f %e %g\n", math.Pi, 123456.789, 1e-7)
	fmt.Println(7.0/2, float64(7)/2, 7/2)
	var a float64 = 3
	fmt.Println(a/2, int(a)/2)
	nf := -2.9
	fmt.Println(math.Trunc(2.9), int64(nf))
	neg := -0.0
	fmt.Println(neg, math.Signbit(math.Copysign(0, -1)))
	h := 0.5
	h *= 3
	h -= 0.25
	fmt.Println(h)
}
