package main

import "fmt"

type Box struct{ N int }

func (b Box) Get() int { return b.N }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.N = 2
	fmt.Println(g.Get(), b.Get())
	var e interface{} = b
	b.N = 3
	fmt.Println(e.(Box).N)
	arr := [2]int{1, 2}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai)
	pb := &b
	g = pb
	b.N = 4
	fmt.Println(g.Get())
	list := []interface{}{b, &b}
	b.N = 5
	fmt.Println(list[0].(Box).N, list[1].(*Box).N)
}
