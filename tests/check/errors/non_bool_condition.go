// errorcheck

package main

func main() {
	x := 1
	s := "s"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	_ = !x // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	var b bool = x // ERROR "cannot use x \(variable of type int\) as type bool in variable declaration"
	if nil { // ERROR "non-boolean condition in if statement"
	}
	_ = b
}
