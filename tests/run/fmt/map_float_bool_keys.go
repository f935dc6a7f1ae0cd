package main

import (
	"fmt"
	"math"
)

func main() {
	f := map[float64]string{2.5: "a", -1: "b", 0: "c", math.Inf(1): "inf", math.Inf(-1): "-inf", 1e21: "big"}
	fmt.Println(f)
	f[math.NaN()] = "nan"
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	r := map[rune]bool{'z': true, 'a': false, 'm': true}
	fmt.Println(r)
	type K struct {
		A int
		B string
	}
	s := map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}
	fmt.Println(s)
	a := map[[2]int]string{{2, 1}: "x", {1, 2}: "y"}
	fmt.Println(a)
}
