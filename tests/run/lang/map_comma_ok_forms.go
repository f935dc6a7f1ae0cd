package main

import "fmt"

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{"a": 0}
	v, ok := m["a"]
	fmt.Println(v, ok)
	fmt.Println(lookup(m, "b"))
	var found bool
	_, found = m["a"]
	fmt.Println(found)
	if v, ok := m["zz"]; !ok {
		fmt.Println("missing", v)
	}
	type T struct{ A []int }
	tm := map[int]T{}
	t, ok := tm[3]
	fmt.Println(t.A == nil, ok)
	im := map[string]interface{}{"x": 1}
	iv, ok := im["y"]
	fmt.Println(iv, ok, iv == nil)
}
