package main

import "fmt"

func main() {
	x := 0x12345678ABCDEF01
	fmt.Println(int8(x), int16(x), int32(x), int64(x))
	fmt.Println(uint8(x), uint16(x), uint32(x), uint64(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	var a int8 = -100
	fmt.Println(int16(a), int32(a), int64(a), uint8(a), uint16(a), uint32(a), uint64(a))
	var b uint8 = 200
	fmt.Println(int8(b), int16(b), int32(b), int64(b))
	var c uint32 = 0x80000000
	fmt.Println(int32(c), int64(c), int(c), int16(c), int8(c))
	var d int32 = -2
	fmt.Println(uint64(d), uint32(d), uint(d))
	var e uint16 = 0xFFFF
	fmt.Println(int16(e), int8(e), int64(int16(e)))
	var r rune = 0x1F600
	fmt.Println(byte(r), int16(r), uint32(r))
}
