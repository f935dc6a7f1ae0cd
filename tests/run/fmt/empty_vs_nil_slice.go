package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0, 10)
	fmt.Println(a, b, c)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Printf("%#v %#v %#v\n", a, b, c)
	var m map[string]bool
	n := map[string]bool{}
	fmt.Println(m, n, m == nil, n == nil)
	fmt.Printf("%#v %#v\n", m, n)
	var ss []string
	fmt.Printf("%q %q\n", ss, []string{})
	fmt.Println(len(a), cap(c))
}
