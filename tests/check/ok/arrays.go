package main

import "fmt"

type Grid [3][3]rune

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "\n"
	}
	return s
}

func (g *Grid) Set(r, c int, v rune) { g[r][c] = v }

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a // arrays are values: copied
	b[0] = 9
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)

	var g Grid
	for r := range g {
		for c := range g[r] {
			g[r][c] = '.'
		}
	}
	g.Set(1, 1, 'X')
	fmt.Print(g)

	var zero [4]string
	fmt.Println(len(zero), zero[3] == "")
	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	sum := 0
	for _, row := range matrix {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum)
	s := a[:]
	s[1] = 50
	fmt.Println(a)
	arrOfSlices := [2][]int{{1}, {2, 3}}
	fmt.Println(len(arrOfSlices[1]))
	type rec struct{ vals [2]float64 }
	r := rec{[2]float64{0.5, 1.5}}
	r2 := r
	r2.vals[0] = 9
	fmt.Println(r.vals, r2.vals)
}
