package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %s\n", name, err.Error())
		} else {
			fmt.Printf("%s: value: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2}
	var m map[int]int
	var p *struct{ X int }
	zero := 0
	i := 3
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[i:] })
	try("map", func() { m[1] = 1 })
	try("nil", func() { _ = p.X })
	try("div", func() { _ = i / zero })
	try("assert", func() { var x interface{} = "s"; _ = x.(int) })
	try("string", func() { panic("plain string") })
	try("int", func() { panic(42) })
}
