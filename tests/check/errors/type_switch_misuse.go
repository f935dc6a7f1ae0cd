// errorcheck

package main

type T struct{}

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		_ = v + "s" // ERROR "invalid operation: v \+ \x22s\x22 \(mismatched types int and untyped string\)"
	case string, bool:
		_ = v + 1 // ERROR "invalid operation: v \+ 1 \(mismatched types interface\{\} and int\)"
	case T:
		_ = v.missing // ERROR "v\.missing undefined \(type T has no field or method missing\)"
	}
	switch i.(type) {
	case undefinedType: // ERROR "undefined: undefinedType"
	case 5: // ERROR "5 is not a type"
	}
	x := 3
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
}
