// errorcheck

package main

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_ = nil + 1 // ERROR "invalid operation: nil \+ 1 \(mismatched types untyped nil and untyped int\)"
	var st struct{} = nil // ERROR "cannot use nil as struct\{\} value in variable declaration"
	var p *int = nil // ok
	_, _, _, _, _ = x, y, i, s, st
	_ = p
}
