package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	pinf := math.Inf(1)
	ninf := math.Inf(-1)
	fmt.Println(nan, pinf, ninf)
	fmt.Printf("%v %v %v\n", nan, pinf, ninf)
	fmt.Printf("%f %f %f\n", nan, pinf, ninf)
	fmt.Printf("%e %g %.2f\n", nan, pinf, ninf)
	fmt.Printf("[%6.2f] [%-6v] [%06v]\n", nan, pinf, ninf)
	fmt.Printf("%+v %+v % v\n", nan, pinf, pinf)
	fmt.Println(nan == nan, pinf > math.MaxFloat64, -ninf == pinf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.IsNaN(zero/zero), math.IsInf(1/zero, 1))
}
