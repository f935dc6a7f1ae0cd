// strconv.AppendFloat and FormatFloat/ParseFloat round trips for a generated table of values.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(0x9E3779B97F4A7C15)
	bad := 0
	for i := 0; i < 2000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || g != f {
			bad++
		}
		if i%100 == 0 {
			fmt.Println(i, s, strconv.FormatFloat(f, 'e', 5, 64))
		}
		f32 := math.Float32frombits(uint32(x >> 32))
		if !math.IsNaN(float64(f32)) && !math.IsInf(float64(f32), 0) {
			s32 := strconv.FormatFloat(float64(f32), 'g', -1, 32)
			g32, err := strconv.ParseFloat(s32, 32)
			if err != nil || float32(g32) != f32 {
				bad++
			}
			if i%100 == 0 {
				fmt.Println("  f32", s32)
			}
		}
	}
	fmt.Println("bad round trips:", bad)
	b := []byte("v=")
	b = strconv.AppendFloat(b, 1.5, 'f', 2, 64)
	b = append(b, ',')
	b = strconv.AppendFloat(b, -0.0001, 'e', -1, 32)
	b = append(b, ',')
	b = strconv.AppendFloat(b, 1e21, 'g', -1, 64)
	fmt.Println(string(b))
}
