package main

import "fmt"

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var e error
	var i interface{}
	var f func()
	fmt.Println(nil, p, s, m, e, i)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, e, i)
	fmt.Printf("%+v %d %s\n", p, s, m)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%T %T %T %T\n", nil, p, e, i)
	fmt.Println(f == nil, p == nil, s == nil, m == nil)
	fmt.Println(len(s), len(m))
	fmt.Printf("%v\n", f)
}
