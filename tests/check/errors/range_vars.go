// errorcheck

package main

func main() {
	s := []string{"a"}
	var i string
	var b byte
	for i = range s { // ERROR "cannot use i \(value of type int\) as type string in assignment"
	}
	for _, b = range s { // ERROR "cannot use b \(value of type string\) as type byte in assignment"
	}
	m := map[string]int{}
	for k, v := range m {
		k = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in assignment"
		_ = v + "x" // ERROR "invalid operation: v \+ \x22x\x22 \(mismatched types int and untyped string\)"
	}
	for _, r := range "str" {
		var bb byte = r // ERROR "cannot use r \(variable of type rune\) as type byte in variable declaration"
		_ = bb
	}
	_, _ = i, b
}
