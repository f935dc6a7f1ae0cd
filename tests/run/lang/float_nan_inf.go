package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf, inf-inf, inf+ninf)
	fmt.Println(inf*0, -inf, 1/inf, -1/inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.IsNaN(zero/zero), math.IsInf(1/zero, 1), math.IsInf(-1/zero, -1))
	negz := -zero
	fmt.Println(negz, negz == zero, math.Signbit(negz), 1/negz)
	var f32 float32 = float32(nan)
	fmt.Println(f32 == f32, f32)
	var big float32 = 3e38
	fmt.Println(big*10, -big*10)
	mf := math.MaxFloat64
	sn := math.SmallestNonzeroFloat64
	fmt.Println(mf*2, sn/2, -mf*2)
	fmt.Println(math.Max(nan, 1), math.Min(1, 2), math.Max(inf, 3))
	s := []float64{nan, 1, inf}
	cnt := 0
	for _, v := range s {
		if v == v {
			cnt++
		}
	}
	fmt.Println(cnt)
}
