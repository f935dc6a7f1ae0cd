package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-1.5), math.Ceil(1.2), math.Trunc(-2.7), math.Round(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), nan == nan, nan != nan)
	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Sin(math.Pi/2))
	fmt.Println(math.Log(1), math.Exp(0), math.Log2(8), math.Log10(1000))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	var u uint64 = math.MaxUint64
	fmt.Println(u, math.Float64bits(1.0))
	fmt.Println(math.SmallestNonzeroFloat64 > 0, math.MaxFloat64 > 1e308)
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
}
