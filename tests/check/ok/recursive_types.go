package main

import (
	"fmt"
	"strings"
)

type List struct {
	Val  int
	Next *List
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

type Dir struct {
	Name     string
	Children []Dir
	Index    map[string]*Dir
}

type StateFn func(*Machine) StateFn

type Machine struct {
	count int
	log   []string
}

type Expr interface {
	Eval() int
}

type Num int
type Add struct{ L, R Expr }
type Neg struct{ E Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (n Neg) Eval() int { return -n.E.Eval() }

// Mutually recursive types.
type A struct{ b *B }
type B struct{ a []A }

type ChanOfChan chan ChanOfChan

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func start(m *Machine) StateFn {
	m.log = append(m.log, "start")
	return step
}

func step(m *Machine) StateFn {
	m.count++
	m.log = append(m.log, fmt.Sprint("step", m.count))
	if m.count == 2 {
		return nil
	}
	return step
}

func walk(d Dir, depth int) {
	fmt.Println(strings.Repeat("  ", depth) + d.Name)
	for _, c := range d.Children {
		walk(c, depth+1)
	}
}

func main() {
	var l *List
	for i := 3; i > 0; i-- {
		l = &List{i, l}
	}
	for n := l; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	var t *Tree
	for _, v := range []int{5, 2, 8, 1, 9} {
		t = t.Insert(v)
	}
	t.InOrder(func(v int) { fmt.Print(v, " ") })
	fmt.Println()

	walk(Dir{Name: "root", Children: []Dir{{Name: "a"}, {Name: "b", Children: []Dir{{Name: "c"}}}}}, 0)

	m := &Machine{}
	for s := StateFn(start); s != nil; {
		s = s(m)
	}
	fmt.Println(m.log)

	e := Add{Num(2), Neg{Add{Num(1), Num(4)}}}
	fmt.Println(e.Eval())

	x := A{b: &B{a: []A{{}}}}
	fmt.Println(len(x.b.a))
	cc := make(ChanOfChan, 1)
	cc <- cc
	fmt.Println(<-cc == cc)
}
