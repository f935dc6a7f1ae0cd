package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		X, Y int
		Tag  string
	}{1, 2, "pt"}
	fmt.Println(p, p.X+p.Y)
	fmt.Printf("%+v\n", p)
	var n Named = struct {
		A int
		B string
	}{5, "five"}
	fmt.Println(n)
	list := []struct {
		in  int
		out string
	}{{1, "one"}, {2, "two"}, {3, "three"}}
	for _, tc := range list {
		fmt.Println(tc.in, tc.out)
	}
	nested := struct {
		Inner struct{ V []int }
	}{}
	nested.Inner.V = append(nested.Inner.V, 9)
	fmt.Printf("%+v\n", nested)
	m := map[string]struct{}{"a": {}, "b": {}}
	_, ok := m["a"]
	fmt.Println(len(m), ok)
	var empty struct{}
	fmt.Println(empty)
}
