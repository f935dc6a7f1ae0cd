package main

import "fmt"

func main() {
	var a uint8 = 250
	var b uint8 = 7
	fmt.Println(a/b, a%b)
	var c uint16 = 65535
	var d uint16 = 256
	fmt.Println(c/d, c%d)
	var e uint32 = 4294967295
	var f uint32 = 10
	fmt.Println(e/f, e%f)
	var g uint64 = 18446744073709551615
	var h uint64 = 3
	fmt.Println(g/h, g%h)
	var i uint64 = 1 << 63
	var j uint64 = 1<<63 + 1
	fmt.Println(j/i, j%i, i/j, i%j)
	// unsigned view of negative numbers
	x := -7
	fmt.Println(uint(x)/2, uint(x)%2)
	m7 := int32(-7)
	m1 := int8(-1)
	m2 := int16(-2)
	fmt.Println(uint32(m7)/2, uint32(m7)%3)
	fmt.Println(uint8(m1)/3, uint16(m2)%1000)
}
