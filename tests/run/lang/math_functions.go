package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Max(3, 7), math.Min(-0.0, 0), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(10), math.Log2(1024))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.Float64bits(1.0), math.Float32bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000), math.Sqrt(-1))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.Cbrt(27))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
}
