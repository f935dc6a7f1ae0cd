package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string { return "A" }

type B struct{ Name string }

func (B) Hello() string { return "B" }

// C embeds A and B: C.Name and C.Hello are ambiguous at depth 1, which
// is legal as long as they are not selected through C.
type C struct {
	A
	B
}

// D resolves the ambiguity with shallower declarations.
type D struct {
	C
	Name string
}

func (D) Hello() string { return "D" }

type Wrapper struct{ B }

// Inner is a named field, not an embedded one, so F promotes only
// Wrapper.B's Name and Hello (at depth 2).
type F struct {
	Inner struct{ A }
	Wrapper
}

func main() {
	var c C
	c.A.Name = "a"
	c.B.Name = "b"
	fmt.Println(c.A.Name, c.B.Name, c.A.Hello(), c.B.Hello())

	d := D{C: c, Name: "d"}
	fmt.Println(d.Name, d.Hello(), d.C.A.Name)

	var f F
	f.Name = "via Wrapper.B" // only one Name at the shallowest depth
	fmt.Println(f.Name, f.Hello(), f.Wrapper.B.Name)
	f.Inner.Name = "inner"
	fmt.Println(f.Inner.Name, f.Inner.Hello())
}
