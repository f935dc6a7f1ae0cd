package main

import (
	"fmt"
	"math"
)

func main() {
	var b byte = 255
	var i8 int8 = -128
	var u16 uint16 = 0xFFFF
	var u64 uint64 = 1<<64 - 1
	var i64 int64 = -1 << 63
	var r rune = 0x10FFFF
	var f32 float32 = 0.1
	var f64 float64 = 1e308
	var u uint = 'x'
	var fromFloat int = 42.0
	var tiny float64 = 1e-300
	var pi float32 = math.Pi
	fmt.Println(b, i8, u16, u64, i64, r)
	fmt.Println(f32, f64, u, fromFloat, tiny, pi)
	fmt.Println(uint8(200), int16(-32768), uint32(math.MaxUint32))
	var ui uintptr = 4096
	fmt.Println(ui)
	const c = 1 << 62
	fmt.Println(int64(c) / 4 * 2)
	fmt.Println(byte('A'), rune('é'))
}
