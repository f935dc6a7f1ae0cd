package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.0, math.Copysign(0, -1), 1.0, -1.5)
	fmt.Println(1e21, 1e20, 1e-5, 1e-4)
	fmt.Println(123456789.0, 1234567890123.0, 0.000001234)
	fmt.Println(0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(100.0, 1e6, 1e7, 12345678901234567890.0)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%v %v\n", 5e-324, 1.7976931348623157e308)
	var x float64 = 3
	fmt.Println(x, x/2)
}
