package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d\n", a, b, len(c))
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []int
	for range d {
		fmt.Println("never")
	}
	e := d[:]
	fmt.Println(e == nil, len(d[0:0]))
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	f := b[:0]
	fmt.Println(f == nil)
	var g []string
	g = append(g, []string{}...)
	fmt.Println(g == nil)
	var h []byte = []byte("")
	fmt.Println(h == nil, len(h))
}
