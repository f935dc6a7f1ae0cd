// Variable-indexed arrays inside pointer-holding structs: reads, by-value
// parameters and receivers, arrays of structs, nested arrays and a large
// array (see struct_array_dynamic_index.go).
package main

import (
	"fmt"
	"os"
)

type T struct {
	a    [4]int
	name string
}

type P struct{ x, y int }

type U struct {
	pts  [3]P
	grid [2][2]int
	f    [3]float64
	ok   [2]bool
	err  error
}

type R struct {
	v    [4]int
	next *R
}

type Big struct {
	data [500]int64
	name string
}

func get(t T, i int) int { return t.a[i] }

func (t T) at(i int) int { return t.a[i] }

func (r R) sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += r.v[i]
	}
	return s
}

func main() {
	k := len(os.Args)
	t := T{a: [4]int{1, 2, 3, 4}, name: "t"}
	v := t.a[k]
	fmt.Println(v, get(t, k+1), t.at(k+2), t.name)
	var u U
	u.pts[k].x = 5
	u.grid[k][k-1] = 7
	u.f[k] = 1.5
	u.ok[k] = true
	fmt.Println(u.pts, u.grid, u.f, u.ok, u.err)
	r := R{v: [4]int{1, 2, 3, 4}}
	r.next = &R{}
	fmt.Println(r.sum(k+3), r.next.v[k])
	var b Big
	b.name = "big"
	for i := 0; i < len(b.data); i++ {
		b.data[i] = int64(i)
	}
	fmt.Println(b.data[k*100], b.name)
}
