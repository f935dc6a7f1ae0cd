package main

import "fmt"

// exit: 2

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var i interface{} = Sq{2}
	_, ok := i.(Shape)
	fmt.Println(ok)
	sh := i.(Shape)
	fmt.Println(sh.Area())
}
