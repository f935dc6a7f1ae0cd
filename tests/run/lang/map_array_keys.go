package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	k := [3]int{1, 2, 3}
	fmt.Println(m[k], len(m))
	k[0] = 3
	k[2] = 1
	fmt.Println(m[k])
	sm := map[[2]string]int{{"a", "b"}: 1, {"ab", ""}: 2}
	fmt.Println(sm[[2]string{"a", "b"}], sm[[2]string{"ab", ""}], sm[[2]string{"", "ab"}])
	fm := map[[2]float64]bool{{0, 1}: true}
	fmt.Println(fm[[2]float64{-0.0 * 1, 1}])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	type RK [2]rune
	rm := map[RK]int{{'a', 'b'}: 5}
	fmt.Println(rm[RK{'a', 'b'}])
}
