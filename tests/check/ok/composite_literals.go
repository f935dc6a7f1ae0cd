package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tag  string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{Y: 5}
	p3 := &Point{X: 3}
	fmt.Println(p1, p2, *p3, Point{})

	l := Line{A: Point{1, 1}, B: Point{2, 2}, Tag: "diag"}
	fmt.Println(l)

	arr := [...]string{2: "c", 0: "a", "b"}
	fmt.Println(len(arr), arr)
	sparse := [10]int{9: 1, 3: 2}
	fmt.Println(sparse)
	sl := []int{5: 1}
	fmt.Println(len(sl), sl)

	// Elided element types.
	pts := []Point{{1, 2}, {X: 3}}
	pps := []*Point{{4, 5}, {}}
	grid := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(pts, *pps[0], *pps[1], grid)

	m := map[string]Point{"o": {}, "x": {1, 0}}
	keyed := map[Point]string{{0, 0}: "origin", {1, 1}: "diag"}
	fmt.Println(m["x"], keyed[Point{1, 1}], len(keyed))

	nested := map[string][]int{"a": {1, 2}, "b": nil}
	keys := make([]string, 0, len(nested))
	for k := range nested {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, nested["a"])

	anon := struct {
		Name string
		Age  int
	}{"bob", 30}
	fmt.Println(anon.Name, anon.Age)
	list := []struct{ k, v string }{{"a", "1"}, {"b", "2"}}
	fmt.Println(list)

	fns := map[string]func(int) int{"inc": func(x int) int { return x + 1 }}
	fmt.Println(fns["inc"](1))

	var sb strings.Builder
	sb.WriteString("built")
	fmt.Println(sb.String())
	ptrs := [...]*int{new(int), nil}
	fmt.Println(len(ptrs), ptrs[1] == nil)
}
