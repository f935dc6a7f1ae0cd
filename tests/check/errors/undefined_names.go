// errorcheck

package main

import "fmt"

type T struct{ a int }

func (T) m()      {}
func (T) Method() {}

func main() {
	x := undefinedVar // ERROR "undefined: undefinedVar"
	undefinedFunc()   // ERROR "undefined: undefinedFunc"
	var y UndefinedType // ERROR "undefined: UndefinedType"
	var t T
	t.b = 1    // ERROR "t\.b undefined \(type T has no field or method b\)"
	t.missing() // ERROR "t\.missing undefined \(type T has no field or method missing\)"
	fmt.Printline("x") // ERROR "undefined: fmt\.Printline"
	T.nomethod(t) // ERROR "T\.nomethod undefined \(type T has no field or method nomethod\)"
	t.method() // ERROR "t\.method undefined \(type T has no field or method method, but does have Method\)"
	fmt.Println(x, y, t)
}
