package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum() int        { return p.X + p.Y }
func (p *P) Scale(k int)     { p.X *= k; p.Y *= k }
func (p P) Add(q P) P        { return P{p.X + q.X, p.Y + q.Y} }

type Shape interface{ Sum() int }

func main() {
	f := P.Sum
	g := (*P).Scale
	h := (*P).Sum
	a := P.Add
	p := P{1, 2}
	fmt.Println(f(p))
	g(&p, 10)
	fmt.Println(p, h(&p))
	fmt.Println(a(p, P{1, 1}))
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", g)
	is := Shape.Sum
	fmt.Println(is(P{3, 4}))
	ops := map[string]func(P) int{"sum": P.Sum}
	fmt.Println(ops["sum"](P{5, 5}))
}
