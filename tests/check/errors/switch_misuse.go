// errorcheck

package main

func main() {
	x := 1
	switch x {
	case "a": // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to int"
	case 1.5: // ERROR "1\.5 \(untyped float constant\) truncated to int"
	}
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	}
	if x > 0 {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
