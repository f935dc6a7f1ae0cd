package main

import "fmt"

type Pt struct {
	X, Y int
	Name string
}

func main() {
	m := map[Pt]int{}
	m[Pt{1, 2, "a"}] = 1
	m[Pt{1, 2, "b"}] = 2
	m[Pt{1, 2, "a"}] += 10
	fmt.Println(len(m), m[Pt{1, 2, "a"}], m[Pt{1, 2, "b"}], m[Pt{0, 0, ""}])
	fmt.Println(m)
	type K struct {
		a int8
		b int64
	}
	km := map[K]string{{1, 2}: "x", {2, 1}: "y"}
	fmt.Println(km[K{1, 2}], km[K{2, 1}], len(km))
	pm := map[*int]int{}
	x, y := 1, 1
	pm[&x] = 1
	pm[&y] = 2
	pm[&x] = 3
	fmt.Println(len(pm), pm[&x], pm[&y])
}
