// strconv.FormatFloat with bitSize 32: shortest representation of float32 values.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float32{0, 1, 0.1, 0.2, 0.3, 1.0 / 3, 16777216, 16777217, 3.4028235e38, 1e-45, 1.17549435e-38,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 123.456, 1e10, 1e-10, 2.5, float32(math.Pi), -7.5e-5}
	for _, v := range vals {
		f := float64(v)
		fmt.Printf("%v: g32=%s g64=%s e32=%s f32=%s G32_3=%s e32_10=%s\n", v,
			strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'e', -1, 32), strconv.FormatFloat(f, 'f', -1, 32),
			strconv.FormatFloat(f, 'G', 3, 32), strconv.FormatFloat(f, 'e', 10, 32))
	}
	fmt.Println(strconv.FormatFloat(math.Inf(1), 'g', -1, 32), strconv.FormatFloat(math.NaN(), 'e', 3, 32))
	fmt.Println(strconv.FormatFloat(1e300, 'g', -1, 32))
}
