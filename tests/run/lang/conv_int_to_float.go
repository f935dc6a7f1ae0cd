package main

import "fmt"

func main() {
	var a int64 = 9007199254740993
	fmt.Println(float64(a), float32(a))
	var b int64 = -9223372036854775808
	fmt.Println(float64(b), float32(b))
	var c uint64 = 18446744073709551615
	fmt.Println(float64(c), float32(c))
	var d uint64 = 1<<63 + 1025
	fmt.Println(float64(d))
	var e int32 = 16777217
	fmt.Println(float32(e), float64(e))
	var f uint8 = 255
	fmt.Println(float32(f), float64(f))
	var g int8 = -128
	fmt.Println(float64(g))
	var h uint32 = 4294967295
	fmt.Println(float32(h), float64(h))
	fmt.Printf("%.1f %.1f\n", float64(int64(1)<<62), float64(uint64(1)<<63))
	x := 7
	fmt.Println(float64(x)/2, float64(x/2))
}
