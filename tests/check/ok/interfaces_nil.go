package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // non-nil interface holding a possibly nil pointer
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Circle struct{ r float64 }

func (c *Circle) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.r * c.r
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(correct(false) == nil, correct(true) == nil)
	var s Shape
	fmt.Println(s == nil)
	var c *Circle
	s = c
	fmt.Println(s == nil, s.Area())
	fmt.Printf("%T %v\n", s, s)
	var e interface{}
	fmt.Printf("%T %v\n", e, e)
	e = (*int)(nil)
	fmt.Println(e == nil, e == (*int)(nil))
}
