// errorcheck

package main

type P struct{ X, Y int }

func main() {
	_ = P{1} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, 3} // ERROR "too many values in P\{…\}"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \x22a\x22 in map literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = int{1} // ERROR "invalid composite literal type int"
}
