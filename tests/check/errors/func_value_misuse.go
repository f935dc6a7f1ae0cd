// errorcheck

package main

func f() int { return 1 }

type T struct{}

func main() {
	x := 1
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "str"
	s(1) // ERROR "invalid operation: cannot call non-function s \(variable of type string\)"
	_ = f + 1 // ERROR "cannot convert 1 \(untyped int constant\) to func\(\) int"
	_ = f() + "s" // ERROR "invalid operation: f\(\) \+ \x22s\x22 \(mismatched types int and untyped string\)"
	var t T
	t() // ERROR "invalid operation: cannot call non-function t \(variable of type T\)"
	var fn func(int) int
	_ = fn("s") // ERROR "cannot use \x22s\x22 \(untyped string constant\) as int value in argument to fn"
	_ = fn(1)(2) // ERROR "invalid operation: cannot call non-function fn\(1\) \(value of type int\)"
}
