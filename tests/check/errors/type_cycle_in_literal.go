// errorcheck

// A composite literal of a type whose declaration is still being checked
// (here inside an array length) is a cycle, as types2 reports it.

package main

type T [len(T{})]int // ERROR "illegal cycle in type declaration"

type U [cap(U{})]int // ERROR "illegal cycle in type declaration"

type S struct {
	a int
	f [len(S{}.g)]int // ERROR "illegal cycle in type declaration"
	g [3]int
}

type M map[string][len(M{})]int // ERROR "illegal cycle in type declaration"

type L []([len(L{})]int) // ERROR "illegal cycle in type declaration"

type E struct{}

type A [len([2]E{})]int

func main() {
	type V [len(V{})]int // ERROR "illegal cycle in type declaration"
	_ = A{}
}
