// errorcheck

package main

type withMap struct{ m map[int]int }

type K []int

var g map[func()]int // ERROR "invalid map key type func\(\)"

func main() {
	var a map[[]int]string // ERROR "invalid map key type \[\]int"
	var b map[map[int]int]bool // ERROR "invalid map key type map\[int\]int"
	var c map[withMap]int // ERROR "invalid map key type withMap"
	d := map[K]int{} // ERROR "invalid map key type K"
	var e map[[2][]int]int // ERROR "invalid map key type \[2\]\[\]int"
	var ok map[[2]int]int
	var ok2 map[interface{}]int
	_, _, _, _, _, _, _ = a, b, c, d, e, ok, ok2
}
