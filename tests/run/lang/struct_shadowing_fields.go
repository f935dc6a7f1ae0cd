package main

import "fmt"

type A struct{ X, Y int }

func (A) Who() string  { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	X int
}

func (C) Who() string { return "C" }

type D struct {
	A
	Y string
}

func main() {
	c := C{A{1, 2}, B{3}, 4}
	fmt.Println(c.X, c.A.X, c.B.X, c.Y)
	fmt.Println(c.Who(), c.A.Who(), c.B.Who(), c.OnlyA())
	d := D{A{5, 6}, "shadow"}
	fmt.Println(d.Y, d.A.Y, d.X, d.Who())
	fmt.Printf("%+v\n", c)
	fmt.Printf("%+v\n", d)
}
