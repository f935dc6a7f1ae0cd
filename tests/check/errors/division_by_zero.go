// errorcheck

package main

func main() {
	x := 10
	f := 1.5
	const zero = 0
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1 / zero // ERROR "invalid operation: division by zero"
	_ = f / 0 // ok: float variable divided by constant zero is +Inf
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	x /= 0 // ERROR "invalid operation: division by zero"
	_ = x / (2 - 2) // ERROR "invalid operation: division by zero"
	y := 0
	_ = x / y // ok: not constant
}
