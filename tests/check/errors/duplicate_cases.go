// errorcheck

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case 1 + 0: // ERROR "duplicate case 1 \+ 0 \(constant 1 of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case \x22a\x22 \(constant of type string\) in expression switch"
	}
	var i interface{} = 1
	switch i.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch {
	case true:
	case true: // ok: boolean duplicates are not checked
	}
}
