package main

import "fmt"

type Emp struct {
	Name string
	Age  int
}

func main() {
	m := map[string]Emp{
		"b": {"Bob", 30},
		"a": {"Ann", 25},
		"c": {"Cid", 41},
	}
	fmt.Println(m)
	fmt.Printf("%+v\n", m)
	mp := map[int]*Emp{1: nil}
	fmt.Println(mp)
	ms := map[Emp]bool{{"x", 2}: true, {"x", 1}: false, {"a", 9}: true}
	fmt.Println(ms)
}
