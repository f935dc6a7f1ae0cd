package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y"}
	fmt.Println(s1 == s2)
	p1 := [2]P{{1, 2}, {3, 4}}
	p2 := [2]P{{1, 2}, {3, 4}}
	p2[1].Y = 5
	fmt.Println(p1 == p2)
	p2[1].Y = 4
	fmt.Println(p1 == p2)
	f1 := [2]float64{0, 1}
	f2 := [2]float64{-0.0, 1}
	fmt.Println(f1 == f2)
	var i1 [2]interface{} = [2]interface{}{1, "a"}
	var i2 [2]interface{} = [2]interface{}{1, "a"}
	fmt.Println(i1 == i2)
	i2[0] = int64(1)
	fmt.Println(i1 == i2)
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
}
