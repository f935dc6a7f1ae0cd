// errorcheck

package main

const N = 3

func main() {
	// Using n only as an (invalid) array length does not count as a use.
	n := 3 // ERROR "n declared but not used"
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	var c [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"
	var d ["three"]int // ERROR "array length \x22three\x22 \(untyped string constant\) must be integer"
	var e [N]int
	_ = e[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = e[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	var f [1 << 70]byte // ERROR "array length 1 << 70 \(untyped int constant 1180591620717411303424\) must be integer"
	_, _, _, _, _ = a, b, c, d, f
}
