// errorcheck

package main

func one() int { return 1 }
func two() (int, int) { return 1, 2 }
func none() {}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var d, e int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var f int = 1, 2 // ERROR "extra init expr 2"
	var g, h, i = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	a, b = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	x := none() // ERROR "none\(\) \(no value\) used as value"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
	_, _ = i, x
}
