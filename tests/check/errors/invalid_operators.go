// errorcheck

package main

type S struct{}

func main() {
	s := "str"
	f := 1.5
	b := true
	var st S
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^f // ERROR "invalid operation: operator \^ not defined on f \(variable of type float64\)"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = b && 1 // ERROR "invalid operation: b && 1 \(mismatched types bool and untyped int\)"
	_ = st < st // ERROR "invalid operation: st < st \(operator < not defined on struct\)"
}
