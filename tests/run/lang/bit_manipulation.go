package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	fmt.Println(popcount(0), popcount(0xFF), popcount(0xFFFFFFFFFFFFFFFF))
	fmt.Printf("%032b\n", reverseBits(1))
	fmt.Printf("%08x\n", reverseBits(0x12345678))
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110001
	fmt.Printf("%08b %08b %08b\n", u<<1, u>>1, ^u)
	x := -8
	fmt.Println(x>>1, x&7, x|1, x^-1)
	fmt.Println(x&-x, 12&-12)
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 15
	flags &^= 1 << 3
	fmt.Println(flags, flags>>15&1)
	v := uint32(0xDEADBEEF)
	rot := v<<8 | v>>24
	fmt.Printf("%x\n", rot)
	fmt.Println(0x7fffffff+1, 0o17, 0b101, 1_000_000)
	var i64 int64 = -1
	fmt.Println(uint64(i64)>>60, i64>>60)
}
