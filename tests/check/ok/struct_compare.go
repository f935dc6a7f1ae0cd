package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
	Arr  [2]int
}

type WithIface struct {
	V interface{}
}

func main() {
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} != Point{2, 1})
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	fmt.Println(a == b)
	m := map[Key]int{}
	m[Key{"a", Point{1, 1}, [2]int{1, 2}}] = 5
	fmt.Println(m[Key{Name: "a", Pos: Point{1, 1}, Arr: [2]int{1, 2}}])

	// Interface comparisons compare dynamic type and value.
	var i1 interface{} = 3
	var i2 interface{} = 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 == 3)
	fmt.Println(WithIface{1} == WithIface{1})

	// Pointer comparisons compare identity.
	p1, p2 := &Point{}, &Point{}
	p3 := p1
	fmt.Println(p1 == p2, p1 == p3)

	// Channels compare by identity.
	c1 := make(chan int)
	c2 := c1
	fmt.Println(c1 == c2)

	// Comparing an incomparable dynamic value panics at runtime.
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var s1 interface{} = []int{1}
	var s2 interface{} = []int{1}
	fmt.Println(s1 == s2)
}
