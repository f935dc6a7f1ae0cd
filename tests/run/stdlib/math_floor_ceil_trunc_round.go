// math.Floor, Ceil, Trunc, Round, RoundToEven and Modf on halves, negatives, huge and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.4, 0.5, 0.5000000000000001, 0.49999999999999994, 1.5, 2.5, 3.5,
		-0.4, -0.5, -1.5, -2.5, -2.6, 1e15 + 0.5, 4503599627370495.5, 4503599627370496.5, 9007199254740993,
		1e300, -1e300, 5e-324, -5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123.456, -123.456}
	for _, v := range vals {
		i, f := math.Modf(v)
		fmt.Printf("%v: floor=%v ceil=%v trunc=%v round=%v even=%v modf=(%v,%v)\n", v,
			math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v), i, f)
	}
	for _, v := range []float64{-0.2, -0.7, 0.2} {
		fmt.Println(v, math.Signbit(math.Ceil(v)), math.Signbit(math.Trunc(v)), math.Signbit(math.Round(v)), math.Signbit(math.RoundToEven(v)))
	}
	for _, v := range []float64{2.7, -2.7, 1e19, -1e19, 127.9, -128.9} {
		fmt.Println(v, int64(v) == int64(math.Trunc(v)), int8(int64(math.Trunc(v))))
	}
}
