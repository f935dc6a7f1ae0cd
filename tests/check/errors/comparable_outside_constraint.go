// errorcheck

// comparable is a constraint: no variable, parameter, result or element
// may have it (or a type defined as it) as its type.
package main

type C comparable

var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

func f(x comparable) {} // ERROR "cannot use type comparable outside a type constraint"

func g() (comparable, int) { return nil, 0 } // ERROR "cannot use type comparable outside a type constraint"

func main() {
	var x C // ERROR "cannot use type C outside a type constraint: interface is \(or embeds\) comparable"
	var y []comparable // ERROR "cannot use type comparable outside a type constraint"
	_, _, _ = x, y, c
	g()
	f(1)
}
