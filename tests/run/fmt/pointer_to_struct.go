package main

import "fmt"

type P struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
}

func main() {
	p := &P{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	n := &Named{"go", []string{"a", "b"}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Println(*p, *n)
	fmt.Printf("%d %x\n", p, p)
	var q *P
	fmt.Println(q)
	fmt.Printf("%+v\n", q)
}
