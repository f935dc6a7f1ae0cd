package main

import "fmt"

// exit: 2

type Op interface{ Apply(int) int }

type Div struct{ by int }

func (d Div) Apply(x int) int { return x / d.by }

func main() {
	ops := []Op{Div{2}, Div{0}}
	for _, op := range ops {
		fmt.Println(op.Apply(10))
	}
}
