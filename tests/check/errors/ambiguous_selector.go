// errorcheck

package main

type A struct{ X int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
}

type D struct {
	C
	X string // shallower: not ambiguous
}

type Mer interface{ M() }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c\.X"
	c.M() // ERROR "ambiguous selector c\.M"
	var d D
	_ = d.X // ok
	d.M() // ERROR "ambiguous selector d\.M"
	var m Mer = c // ERROR "cannot use c \(variable of type C\) as type Mer in variable declaration:\n\tC does not implement Mer \(missing M method\)"
	_ = m
}
