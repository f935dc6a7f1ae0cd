package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 200
const Small = Huge >> 198
const Ratio = Huge / (1 << 190)
const Pi2 = math.Pi * 2
const Third = 1.0 / 3
const IntDiv = 10 / 3
const FltDiv = 10 / 3.0
const R = 'a' + 1
const S = "con" + "cat"
const B = 3 > 2 && "a" < "b"

func main() {
	fmt.Println(Small, Ratio)
	fmt.Println(Pi2, Third, IntDiv, FltDiv)
	fmt.Println(R, string(rune(R)), S, B, len(S))
	var f32 float32 = Third
	fmt.Println(f32)
	fmt.Println(Huge/Huge*7, Huge%7)
	const e = 1e300 * 1e300 / 1e300
	fmt.Println(e)
	const m = math.MaxUint64
	fmt.Println(uint64(m), m/2)
	const mi = math.MinInt64
	fmt.Println(mi, int64(mi+1))
	fmt.Printf("%T %T %T %T\n", R, Third, IntDiv, S)
	var x uint8 = 255 + 1 - 1
	fmt.Println(x)
}
