// Large values copied whole: a 50-element array of structs with ten
// pointers each, assigned, passed, stored in a map and an interface and
// read back. goji holds such values as scalars, and each copy live across a
// call is one statepoint operand per pointer: the store merging of LLVM's
// DAG combiner is quadratic in the spill stores, and compiling this at -O2
// took 168 s (12 s without store merging).
package main

import "fmt"

type P struct{ v int }

type Group struct {
	head  *P
	items [8]*P
	label string
	more  []*P
}

var keep *[50]Group

func use(gs [50]Group) int {
	t := 0
	for i := range gs {
		t += gs[i].head.v
	}
	return t
}

func main() {
	var groups [50]Group
	for i := range groups {
		groups[i].head = &P{i}
		groups[i].label = fmt.Sprint(i)
	}
	g := groups // copy
	keep = &g   // escapes
	h := groups
	groups[0].head = &P{100}
	fmt.Println(use(groups), use(h), keep[0].head.v)
	m := map[int][50]Group{}
	m[1] = groups
	x := m[1]
	fmt.Println(x[0].head.v, len(m))
	var ifc interface{} = groups
	y := ifc.([50]Group)
	fmt.Println(y[0].head.v)
}
