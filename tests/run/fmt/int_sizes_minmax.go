package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int8(math.MinInt8), int8(math.MaxInt8))
	fmt.Println(int16(math.MinInt16), int16(math.MaxInt16))
	fmt.Println(int32(math.MinInt32), int32(math.MaxInt32))
	fmt.Println(int64(math.MinInt64), int64(math.MaxInt64))
	fmt.Println(math.MinInt, math.MaxInt)
	fmt.Printf("%d %d\n", int8(-128), int64(math.MinInt64))
	fmt.Printf("%x %X\n", int64(math.MinInt64), int32(math.MinInt32))
	fmt.Printf("%b\n", int8(-128))
	fmt.Printf("%o %O\n", int16(math.MaxInt16), int16(-8))
	var a int8 = 127
	a++
	fmt.Println(a)
	var r rune = math.MaxInt32
	fmt.Println(r)
}
