package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 2
	fmt.Println(f())
	g := func() { x++ }
	g()
	g()
	fmt.Println(x)
	inc, reset := counter()
	fmt.Println(inc(), inc())
	reset()
	fmt.Println(inc())
	inc2, _ := counter()
	fmt.Println(inc2(), inc())
	s := []int{1, 2}
	h := func() { s = append(s, 3) }
	h()
	fmt.Println(s)
	var fn func(int) int
	fn = func(k int) int { return k + x }
	x = 1000
	fmt.Println(fn(1))
}
