// errorcheck

package main

const K = 1

func f() int { return 1 }

func main() {
	s := "str"
	b := true
	x := 1
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	K++ // ERROR "cannot assign to K \(untyped int constant 1\)"
	f()++ // ERROR "cannot assign to f\(\) \(value of type int\)"
	s -= "a" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	x += "a" // ERROR "invalid operation: x \+= \x22a\x22 \(mismatched types int and untyped string\)"
	x += 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to int"
	b += b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
}
