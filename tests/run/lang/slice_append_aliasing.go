package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)
	c[0] = 100
	fmt.Println(full, c, d)
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	y = append(y, 99)
	fmt.Println(x, y)
	z := append(x[:1], x[3:]...)
	fmt.Println(x, z)
	s := []int{0, 1, 2}
	s = append(s[:1], s...)
	fmt.Println(s)
	q := make([]int, 0, 4)
	q = append(q, 1, 2)
	r := q[:1]
	r = append(r, 7, 8)
	fmt.Println(q, r, q[:4])
}
