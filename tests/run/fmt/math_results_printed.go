package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5))
	fmt.Println(math.Abs(-3), math.Max(1, 2), math.Min(1, math.NaN()))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Inf(1)-math.Inf(1))
	fmt.Println(math.Log(math.E), math.Log10(1000), math.Log2(8), math.Log(0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0))
}
