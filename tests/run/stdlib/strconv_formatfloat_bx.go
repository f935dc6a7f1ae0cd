// strconv.FormatFloat with 'b', 'x' and 'X' formats for float64 and float32.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 1024, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Pi, math.Inf(1), math.Inf(-1), math.NaN(), 3.0}
	for _, v := range values {
		fmt.Printf("%v: b=%s b32=%s\n", v, strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'b', -1, 32))
		line := ""
		for _, p := range []int{-1, 0, 1, 2, 5, 13, 20} {
			line += " x" + strconv.Itoa(p) + "=" + strconv.FormatFloat(v, 'x', p, 64)
			line += " X" + strconv.Itoa(p) + "=" + strconv.FormatFloat(v, 'X', p, 32)
		}
		fmt.Println(" ", line)
	}
}
