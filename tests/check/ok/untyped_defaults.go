package main

import "fmt"

type MyBool bool
type MyInt int
type MyFloat float64
type MyString string

func main() {
	// Default types of untyped constants.
	a := 1
	b := 1.5
	c := 'r'
	d := "s"
	e := true
	f := 1 << 3
	g := 1e3
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, f, g)

	// Untyped constants assigned to defined types.
	var mb MyBool = 3 > 2
	var mi MyInt = 'a'
	var mf MyFloat = 2
	var ms MyString = "x"
	fmt.Println(mb, mi, mf, ms)

	// Comparisons yield untyped bool, assignable to any boolean type.
	x, y := 3, 4
	var cmp MyBool = x < y
	fmt.Println(cmp)

	// Mixed untyped constant kinds take the "larger" kind.
	h := 1 + 2.0
	i := 'a' + 1
	fmt.Printf("%T %T %v %v\n", h, i, h, i)

	// Untyped constant in an expression with a typed operand.
	var small int8 = 10
	z := small * 2
	var fl float32 = 1.5
	w := fl * 2
	fmt.Printf("%T %T %v %v\n", z, w, z, w)

	// Interface receives the default type.
	var iface interface{} = 2.0
	fmt.Printf("%T\n", iface)
	fmt.Printf("%T %T\n", 'x'*2, 10/4.0)
	fmt.Println(10/4, 10/4.0, 10.0/4)
}
