package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%e\n", math.MaxFloat64)
	fmt.Printf("%g\n", math.SmallestNonzeroFloat64)
	fmt.Printf("%.3e\n", math.MaxFloat32)
	fmt.Printf("%v %v\n", float32(math.MaxFloat32), math.MaxFloat32)
	fmt.Printf("%.0f\n", 1e23)
	fmt.Printf("%f\n", 1e21)
	fmt.Printf("%v\n", math.Float64frombits(1))
	fmt.Printf("%v %v\n", math.Nextafter(1, 2), math.Nextafter(1, 0))
	fmt.Printf("%v\n", -math.Copysign(0, -1))
	fmt.Printf("%+.2e\n", -0.0)
	fmt.Printf("%v %.1f %g %e\n", math.Copysign(0, -1), math.Copysign(0, -1), math.Copysign(0, -1), math.Copysign(0, -1))
}
