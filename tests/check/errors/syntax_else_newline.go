// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else { // ERROR "syntax error: unexpected else, expecting \}"
		x--
	}
}
