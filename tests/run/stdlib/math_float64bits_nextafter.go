// math.Float64bits/Float64frombits, Float32bits/frombits, NaN payloads, Nextafter and Nextafter32.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -2, 0.1, math.Inf(1), math.Inf(-1), math.MaxFloat64, 5e-324, 2.2250738585072014e-308} {
		b := math.Float64bits(v)
		fmt.Printf("%v -> %#016x -> %v\n", v, b, math.Float64frombits(b))
	}
	for _, b := range []uint64{0x7ff8000000000001, 0xfff0000000000001, 0x7ff0000000000000, 0x8000000000000000, 0x0000000000000001, 0x3ff0000000000001, 0x7fefffffffffffff} {
		f := math.Float64frombits(b)
		fmt.Printf("%#016x -> %v nan=%v\n", b, f, math.IsNaN(f))
	}
	fmt.Printf("NaN() bits %#x\n", math.Float64bits(math.NaN()))
	for _, v := range []float32{0, 1, -1.5, 0.1, math.MaxFloat32, math.SmallestNonzeroFloat32, float32(math.Inf(-1))} {
		b := math.Float32bits(v)
		fmt.Printf("f32 %v -> %#08x -> %v\n", v, b, math.Float32frombits(b))
	}
	fmt.Println(math.Float32frombits(0x7fc00000), math.Float32frombits(0x00000001), math.Float32frombits(0x80000000))
	inf, nan := math.Inf(1), math.NaN()
	pairs := [][2]float64{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {math.Copysign(0, -1), 1}, {1, 1}, {nan, 1}, {1, nan},
		{math.MaxFloat64, inf}, {inf, 0}, {-inf, 0}, {5e-324, 0}, {-5e-324, 0}, {2.2250738585072014e-308, 0}, {1e300, -inf}}
	for _, p := range pairs {
		r := math.Nextafter(p[0], p[1])
		fmt.Printf("Nextafter(%v, %v) = %v (%#x)\n", p[0], p[1], r, math.Float64bits(r))
	}
	p32 := [][2]float32{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {math.MaxFloat32, float32(inf)}, {1, 1}}
	for _, p := range p32 {
		r := math.Nextafter32(p[0], p[1])
		fmt.Printf("Nextafter32(%v, %v) = %v (%#x)\n", p[0], p[1], r, math.Float32bits(r))
	}
	fmt.Println(math.Nextafter32(float32(nan), 1), math.Nextafter32(1, float32(nan)))
}
