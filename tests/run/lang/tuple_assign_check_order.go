// A tuple assignment evaluates its targets' operands first, then assigns
// left to right; each target's own nil or bounds check happens when it is
// assigned, so earlier targets are already stored when a later one panics.
package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("nil deref", func() { m[1], *p = 10, 2 })
	fmt.Println(m[1])

	s := []int{}
	try("index", func() { m[2], s[1] = 20, 2 })
	fmt.Println(m[2])

	var q *P
	try("nil field", func() { m[3], q.i = 30, 2 })
	fmt.Println(m[3])

	var arr *[2]int
	try("nil array", func() { m[4], arr[1] = 40, 2 })
	fmt.Println(m[4])

	a := 0
	var nm map[int]int
	try("nil map", func() { a, nm[0] = 5, 2 })
	fmt.Println(a)

	x := P{}
	r := &x
	r, r.i = new(P), 4
	fmt.Println(x.i, r.i)

	i := 0
	t := []int{1, 2, 3}
	i, t[i] = 2, 9
	fmt.Println(i, t)
}
