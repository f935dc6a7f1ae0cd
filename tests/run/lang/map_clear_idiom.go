// for k := range m { delete(m, k) } is one clear of the map (gc's isMapClear),
// except for keys that may not equal themselves (NaN, interfaces holding
// one), which the loop cannot delete.
package main

import (
	"fmt"
	"math"
)

type P struct{ x, y int }

var g = map[string]int{"a": 1, "b": 2}

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m[4] = "d"
	fmt.Println(m)
	f := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1.5: 3}
	for k := range f {
		delete(f, k)
	}
	fmt.Println(len(f))
	var i map[interface{}]int = map[interface{}]int{1: 1, "x": 2}
	for k := range i {
		delete(i, k)
	}
	fmt.Println(len(i))
	ps := map[P]bool{{1, 2}: true, {3, 4}: false}
	for k := range ps {
		delete(ps, k)
	}
	fmt.Println(len(ps))
	for k := range g {
		delete(g, k)
	}
	fmt.Println(len(g))
	var nilmap map[int]int
	for k := range nilmap {
		delete(nilmap, k)
	}
	it := map[int]int{1: 1, 2: 2}
	n := 0
	for k := range it {
		delete(it, k)
		n++
	}
	fmt.Println(n, len(it))
	for k, _ := range it {
		delete(it, k)
	}
}
