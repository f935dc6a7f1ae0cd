package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
	w
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
	F4
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	fmt.Println(F1, F2, F3, F4, F1|F3, ^F1)
	fmt.Printf("%T %T\n", Monday, F2)
	const local = iota
	fmt.Println(local)
}
