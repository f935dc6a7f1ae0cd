package main

import "fmt"

const N = 5

var table [N * 2]int

func fill(p *[N * 2]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	fill(&table)
	fmt.Println(table, len(table), cap(table))
	var a [N]string
	const l = len(a)
	fmt.Println(l)
	b := [...]int{5: 1, 2, 3}
	fmt.Println(len(b), b)
	type Matrix [2][2]float64
	m := Matrix{{1, 2}, {3, 4}}
	mul := func(x, y Matrix) (r Matrix) {
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					r[i][j] += x[i][k] * y[k][j]
				}
			}
		}
		return
	}
	fmt.Println(mul(m, m), m)
	s := table[2:4]
	s2 := s[:6]
	fmt.Println(s, s2, cap(s2))
}
