package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func inc(p *int) int {
	*p++
	return *p
}

type Counter struct{ n int }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	swap(&x, &x)
	fmt.Println(x)
	s := []int{1, 2, 3}
	p := &s[1]
	s[1] = 20
	fmt.Println(*p)
	s = append(s, 4, 5, 6)
	s[1] = 200
	fmt.Println(*p, s[1])
	fmt.Println(inc(&x), inc(&x), x)
	c := Counter{}
	pc := &c
	pc.n++
	c.n++
	fmt.Println(c.n, pc.n)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, pt := range ptrs {
		fmt.Print(*pt, " ")
	}
	fmt.Println()
	var np *int
	fmt.Println(np == nil)
	a := &Counter{5}
	b := a
	b.n = 6
	fmt.Println(a.n, a == b, &Counter{} == &Counter{})
}
