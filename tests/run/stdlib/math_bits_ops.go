// math/bits: counts, rotations, reversals, Len, Add/Sub/Mul/Div with carries, Div panics.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xff00, 1 << 63, 0xffffffffffffffff, 0x0123456789abcdef} {
		fmt.Printf("%#x: lz=%d tz=%d ones=%d len=%d rev=%#x revbytes=%#x rotl7=%#x rotr7=%#x\n", x,
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 7), bits.RotateLeft64(x, -7))
	}
	for _, x := range []uint32{0, 1, 0x80000000, 0xdeadbeef} {
		fmt.Println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x), bits.Reverse32(x), bits.ReverseBytes32(x))
	}
	for _, x := range []uint16{0, 1, 0x8000, 0xbeef} {
		fmt.Println(x, bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x), bits.Reverse16(x), bits.ReverseBytes16(x))
	}
	for _, x := range []uint8{0, 1, 0x80, 0xa5} {
		fmt.Println(x, bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3))
	}
	fmt.Println(bits.UintSize, bits.Len(0), bits.Len(255), bits.OnesCount(7), bits.LeadingZeros(1))
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("Add64", s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println("Sub64", d, b)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	fmt.Println("Mul64", hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("Div64", q, r)
	fmt.Println("Rem64", bits.Rem64(5, 7, 3))
	s32, c32 := bits.Add32(0xffffffff, 1, 0)
	fmt.Println("Add32", s32, c32)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	fmt.Println("Mul32", h32, l32)
	for _, c := range [][3]uint64{{0, 1, 0}, {5, 0, 3}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div64(c[0], c[1], c[2]))
		}()
	}
}
