package main

import "fmt"

func main() {
	const big = 1 << 100
	fmt.Println(big >> 98)
	const c = 1 << 62
	fmt.Println(c, c>>60)
	var s uint = 4
	var f float64 = 1 << 3
	fmt.Println(f)
	var i = 1 << s
	fmt.Println(i)
	var i8 int8 = 1 << 6
	fmt.Println(i8)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64)
	fmt.Println(-1 >> 1, -8>>2, 7>>1)
	const m = -1 << 63
	fmt.Println(int64(m))
	x := 3
	fmt.Println(x<<2|1, x>>1&1, x&^1)
}
