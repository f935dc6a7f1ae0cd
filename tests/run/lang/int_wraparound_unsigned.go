package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8", a)
	a = 0
	a--
	fmt.Println("uint8", a)
	var b uint16 = 0
	b -= 1
	fmt.Println("uint16", b)
	var c uint32 = 4294967295
	c += 10
	fmt.Println("uint32", c)
	var d uint64 = 0
	d--
	fmt.Println("uint64", d)
	var e uint = 1
	e = -e
	fmt.Println("uint neg", e)
	var f uintptr = 0
	f--
	fmt.Println("uintptr", f)
	var g byte = 200
	g += 100
	fmt.Println("byte", g)
	var h uint8 = 16
	h *= 16
	fmt.Println("uint8 mul", h)
	var i uint32 = 0xFFFF
	i *= 0x10001
	fmt.Println("uint32 mul", i)
	var j uint64 = 0xFFFFFFFFFFFFFFFF
	j *= j
	fmt.Println("uint64 mul", j)
	x := uint8(3)
	y := uint8(5)
	fmt.Println("sub", x-y, uint16(x)-uint16(y), uint32(x)-uint32(y))
	var k uint8 = 0xF0
	fmt.Println("not", ^k, ^uint16(1), ^uint32(0), ^uint64(5))
}
