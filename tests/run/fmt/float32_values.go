package main

import (
	"fmt"
	"math"
)

func main() {
	a := float32(0.1)
	b := float32(1) / 3
	fmt.Println(a, b, a+b)
	fmt.Printf("%v %g %f %e\n", a, a, a, a)
	fmt.Println(float64(a))
	fmt.Println(float32(16777216), float32(16777217), float32(1e21), float32(1e20))
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32))
	var c float32 = 3.14159265358979
	fmt.Println(c, c*2)
	fmt.Printf("%.3f %8.2f|\n", c, c)
	fmt.Printf("%T %T\n", a, float64(a))
}
