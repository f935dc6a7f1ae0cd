package main

import "fmt"

func main() {
	fs := []float64{0.0, 0.4, 0.5, 0.9, 1.5, 2.5, -0.4, -0.9, -1.5, -2.5, 123.999, -123.999, 1e9, -1e9}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f), int8(f/1e8))
	}
	var f32 float32 = -7.75
	fmt.Println(int(f32), int16(f32), int64(f32))
	g := 255.9
	fmt.Println(uint8(g), uint16(g), uint32(g), uint64(g))
	h := 4294967295.0
	fmt.Println(uint32(h), int64(h))
	k := 9007199254740993.0
	fmt.Println(int64(k))
	var z float64 = -0.0
	fmt.Println(int(z))
}
