// errorcheck

package main

func f() int { return 1 }

const K = 1

func main() {
	m := map[string]int{}
	s := "str"
	a, b := 1, 2
	_ = &f() // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &K // ERROR "invalid operation: cannot take address of K \(untyped int constant 1\)"
	_ = &m["k"] // ERROR "invalid operation: cannot take address of m\[\x22k\x22\] \(map index expression of type int\)"
	_ = &s[0] // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	_ = &(a + b) // ERROR "invalid operation: cannot take address of a \+ b \(value of type int\)"
	_ = &"lit" // ERROR "invalid operation: cannot take address of \x22lit\x22 \(untyped string constant\)"
	_ = &f // ERROR "invalid operation: cannot take address of f \(value of type func\(\) int\)"
	_ = &[]int{1}[0] // ok: slice elements are addressable
}
