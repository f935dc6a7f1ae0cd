// strconv.FormatFloat with 'e', 'E', 'f', 'g', 'G' formats at many precisions, 64-bit.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 123456789, 1e21, 1e20, 1e-7, 1e-5,
		123.456, 0.000123456, 1.5, 2.5, -2.5, 0.125, 9.999, 99.95, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Pi, math.E, 1e100, 100, 1234567.0, math.Inf(1), math.Inf(-1), math.NaN(),
	}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17, 20}
	for _, v := range values {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G'} {
			line := fmt.Sprintf("%c %v:", f, v)
			for _, p := range precs {
				if f == 'f' && (v > 1e30 || (v != 0 && v < 1e-30 && v > -1e-30)) && p > 6 {
					continue
				}
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			fmt.Println(line)
		}
	}
	fmt.Println(strconv.FormatFloat(5e-324, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(math.MaxFloat64, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 60, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', 60, 64))
	fmt.Println(strconv.FormatFloat(1, 'z', 3, 64))
}
