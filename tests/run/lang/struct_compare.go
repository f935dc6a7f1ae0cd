package main

import "fmt"

type Inner struct {
	S string
	F float64
}

type Outer struct {
	I   Inner
	N   int
	Arr [2]bool
	P   *int
	E   interface{}
}

func main() {
	x := 1
	a := Outer{Inner{"s", 1.5}, 3, [2]bool{true, false}, &x, "e"}
	b := Outer{Inner{"s", 1.5}, 3, [2]bool{true, false}, &x, "e"}
	fmt.Println(a == b)
	b.I.S = "t"
	fmt.Println(a == b, a != b)
	b.I.S = "s"
	y := 1
	b.P = &y
	fmt.Println(a == b)
	b.P = &x
	b.E = 2
	fmt.Println(a == b)
	b.E = "e"
	fmt.Println(a == b)
	type E struct{}
	fmt.Println(E{} == E{})
	p1 := struct{ A, B int }{1, 2}
	p2 := struct{ A, B int }{1, 2}
	fmt.Println(p1 == p2)
}
