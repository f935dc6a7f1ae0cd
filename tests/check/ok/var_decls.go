package main

import "fmt"

var (
	a    int
	b, c         = 1, "c"
	d    float64 = 2.5
	e, f int     = 3, 4
)

var g, h = pair()

func pair() (string, bool) { return "g", true }

func main() {
	fmt.Println(a, b, c, d, e, f, g, h)
	var x int
	var y = 2
	var z, w = 3, "w"
	var (
		p *int
		q []int
	)
	fmt.Println(x, y, z, w, p == nil, q == nil)
	m, n := 5, 6
	m, n = n, m
	fmt.Println(m, n)

	// Assignment evaluates index expressions and operands first.
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)

	arr := [3]int{}
	k := 0
	k, arr[k] = 2, 7
	fmt.Println(k, arr)

	var zeroStruct struct {
		n int
		s string
		b bool
		p *int
	}
	fmt.Printf("%+v\n", zeroStruct)
	var fn func(int) int
	var ch chan string
	var mp map[int]bool
	var ifc interface{}
	fmt.Println(fn == nil, ch == nil, mp == nil, ifc == nil)
	const local = "local const"
	fmt.Println(local)
}
