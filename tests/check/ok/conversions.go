package main

import "fmt"

type Meters float64
type Feet float64
type Celsius int
type PointA struct{ X, Y int }
type PointB struct{ X, Y int }
type IntPtr *int

func main() {
	// Numeric conversions truncate or wrap.
	f := 3.99
	fmt.Println(int(f), int(-f))
	big := 300
	fmt.Println(uint8(big), int8(big))
	neg := -1
	fmt.Println(uint16(neg), uint32(neg))
	fmt.Println(float32(1)/3, float64(7)/2)

	// Named types with the same underlying type.
	m := Meters(10)
	ft := Feet(m * 3.28084)
	fmt.Printf("%.2f\n", float64(ft))
	c := Celsius(f)
	fmt.Println(c)

	// Struct types with identical fields.
	pa := PointA{1, 2}
	pb := PointB(pa)
	fmt.Println(pb)

	// Pointer types with identical base types.
	x := 7
	var ip IntPtr = &x
	q := (*int)(ip)
	*q = 8
	fmt.Println(x)

	// Slice to array pointer (Go 1.17).
	s := []int{1, 2, 3, 4}
	ap := (*[2]int)(s)
	ap[1] = 20
	fmt.Println(s, len(ap))

	// Conversions to interface types.
	var i interface{} = interface{}(m)
	fmt.Println(i)
	var e fmt.Stringer = fmt.Stringer(nil)
	fmt.Println(e == nil)

	// Constant conversions are exact.
	const k = float32(0.5)
	fmt.Println(int(k * 4))
}
