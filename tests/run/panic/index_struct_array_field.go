package main

import "fmt"

// exit: 2

type Grid struct {
	Cells [3][3]int
}

func main() {
	var g Grid
	r, c := 1, 3
	g.Cells[r][c-1] = 5
	fmt.Println(g.Cells)
	g.Cells[r][c] = 6
}
