// errorcheck

package main

func main() {
	a := 0x // ERROR "hexadecimal literal has no digits"
	b := 09 // ERROR "invalid digit '9' in octal literal"
	c := 'ab' // ERROR "more than one character in rune literal"
	d := 1_ // ERROR "'_' must separate successive digits"
	_, _, _, _ = a, b, c, d
}
