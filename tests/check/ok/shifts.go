package main

import "fmt"

func main() {
	var s uint = 3
	// Untyped constant shifted by a non-constant count takes the type
	// it would have if the shift were replaced by its left operand.
	var i = 1 << s       // int
	var j int32 = 1 << s // int32
	var k = uint64(1 << s)
	var f = float64(k) / 2
	fmt.Println(i, j, k, f)
	fmt.Printf("%T %T\n", i, j)

	// Signed shift counts (Go 1.13+).
	n := 2
	fmt.Println(1<<n, 256>>n)

	// Shifts larger than the width yield 0 (or -1 for negative signed).
	var x int8 = -8
	big := uint(70)
	fmt.Println(x>>big, int64(1)<<big, uint32(0xFFFFFFFF)>>big)

	// Constant shifts are exact.
	const c = 1 << 70 >> 68
	fmt.Println(c)
	const typed int64 = 1 << 62
	fmt.Println(typed >> 60)

	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>7)
	fmt.Println(-7>>1, -7/2)

	defer func() { fmt.Println("negative shift:", recover() != nil) }()
	neg := -1
	fmt.Println(1 << neg)
}
