// errorcheck

package main

type T struct{ f int }

func main() {
	x := 1
	p := &x
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = p + 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*int"
	var pp **T
	_ = pp.f // ERROR "pp\.f undefined \(type \*\*T has no field or method f\)"
	_ = p[0] // ERROR "invalid operation: cannot index p \(variable of type \*int\)"
	var q *int = x // ERROR "cannot use x \(variable of type int\) as type \*int in variable declaration"
	var r int = p // ERROR "cannot use p \(variable of type \*int\) as type int in variable declaration"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	_, _ = q, r
}
