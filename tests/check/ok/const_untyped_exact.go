package main

import "fmt"

// Untyped constants are exact: intermediate values may exceed any
// machine type as long as the final value is representable.
const big = 1 << 100
const huge = big * big // 2^200, still exact
const third = 1.0 / 3
const e = 2.718281828459045235360287471352662497757247093699959574966

const (
	kb = 1 << (10 * (iota + 1))
	mb
	gb
)

func main() {
	x := big >> 98
	fmt.Println(x)
	fmt.Println(huge >> 198)
	fmt.Println(big/(big>>3), big%7)
	// Exact rational arithmetic: 3 * (1/3) is exactly 1.
	const one = third * 3
	var i int = one
	fmt.Println(i)
	// An untyped float constant with an integral value converts to int.
	var j int = 1e3
	fmt.Println(j)
	fmt.Println(kb, mb, gb)
	var f float64 = e
	fmt.Printf("%.6f\n", f)
	const mixed = 'a' + 1  // untyped rune
	const fl = 'a' * 1.5   // untyped float
	fmt.Println(mixed, fl) // rune prints as number
	fmt.Println(string(rune(mixed)))
	const s = "con" + "cat"
	fmt.Println(len(s), s)
	const b = 3 > 2 && s == "concat"
	fmt.Println(b)
	var u8 uint8 = 255 + big - big
	fmt.Println(u8)
	fmt.Println(-big >> 99)
}
