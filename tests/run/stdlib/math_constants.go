// math constants: integer limits, float limits, Pi/E/Sqrt2 and friends, printed exactly.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%.20e %.20e\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%b %b\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	for _, c := range []struct {
		n string
		v float64
	}{{"E", math.E}, {"Pi", math.Pi}, {"Phi", math.Phi}, {"Sqrt2", math.Sqrt2}, {"SqrtE", math.SqrtE},
		{"SqrtPi", math.SqrtPi}, {"SqrtPhi", math.SqrtPhi}, {"Ln2", math.Ln2}, {"Log2E", math.Log2E},
		{"Ln10", math.Ln10}, {"Log10E", math.Log10E}} {
		fmt.Printf("%-8s %v %.25f %x %#x\n", c.n, c.v, c.v, math.Float64bits(c.v), math.Float32bits(float32(c.v)))
	}
	var i8 int8 = math.MaxInt8
	i8++
	var u16 uint16 = math.MaxUint16
	u16++
	var i64 int64 = math.MinInt64
	i64--
	fmt.Println(i8, u16, i64, -i64)
	fmt.Println(math.MaxInt64/-1, math.MinInt64/2, uint32(math.MaxUint32)^0xffffffff == 0)
	x := int64(math.MinInt64)
	fmt.Println(x/-1, x%-1)
	f := math.MaxFloat32
	fmt.Println(float32(f), float32(f*2), math.Sqrt2*math.Sqrt2 == 2)
}
