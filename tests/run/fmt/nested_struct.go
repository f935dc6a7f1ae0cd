package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Score float64
}

func main() {
	o := Outer{Name: "x", In: Inner{1, "one"}, List: []Inner{{2, "two"}, {3, ""}}, Score: 1.5}
	fmt.Println(o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	var z Outer
	fmt.Printf("%v\n", z)
	fmt.Printf("%+v\n", z)
}
