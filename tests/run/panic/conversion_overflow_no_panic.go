package main

import "fmt"

func main() {
	x := 200
	y := 70000
	fmt.Println(int8(x), uint8(x+100), int16(y))
	var m int64 = -1
	fmt.Println(uint32(m), uint64(m))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1)
	f := 3.99
	fmt.Println(int(f), int(-f))
	var u uint = 0
	u--
	fmt.Println(u == 1<<64-1)
}
