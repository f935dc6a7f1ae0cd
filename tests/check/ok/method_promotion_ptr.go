package main

import "fmt"

type Inner struct{ n int }

func (i *Inner) Bump()     { i.n++ }
func (i Inner) Value() int { return i.n }

type ByValue struct{ Inner }
type ByPointer struct{ *Inner }

type Bumper interface {
	Bump()
	Value() int
}

func main() {
	// Embedding T: S has Value; *S has Bump and Value.
	bv := ByValue{}
	bv.Bump() // addressable, so &bv.Inner is taken
	var b Bumper = &bv
	b.Bump()
	fmt.Println(bv.Value(), b.Value())

	// Embedding *T: both S and *S have Bump and Value.
	bp := ByPointer{&Inner{}}
	var b2 Bumper = bp
	b2.Bump()
	b2.Bump()
	fmt.Println(bp.Value(), bp.n)

	// Promoted fields through embedded pointers.
	bp.n = 40
	fmt.Println(b2.Value())

	// Method values through promotion.
	f := bp.Bump
	f()
	fmt.Println(bp.Inner.n)
	g := ByPointer.Value
	fmt.Println(g(bp))
	h := (*ByValue).Bump
	h(&bv)
	fmt.Println(bv.n)
}
