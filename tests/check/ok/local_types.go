package main

import "fmt"

type T int

func (t T) Describe() string { return fmt.Sprint("package T ", int(t)) }

func main() {
	type point struct{ x, y int }
	p := point{1, 2}
	fmt.Println(p)

	type T string // shadows the package-level T
	var t T = "local"
	fmt.Println(t)

	{
		type T []int
		fmt.Println(len(T{1, 2, 3}))
	}

	type pair struct {
		a, b interface{}
	}
	fmt.Println(pair{1, "x"})

	type list []point
	l := list{{1, 1}, {2, 2}}
	fmt.Println(len(l), l[1].y)

	f := func() {
		type inner int
		var v inner = 9
		fmt.Println(v)
	}
	f()

	type node struct {
		val  int
		next *node
	}
	n := &node{1, &node{2, nil}}
	fmt.Println(n.next.val)
	fmt.Println(pkgT().Describe())
}

func pkgT() T { return 5 }
