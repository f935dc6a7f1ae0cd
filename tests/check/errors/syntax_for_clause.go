// errorcheck

package main

func main() {
	for i := 0; i < 3; i++; { // ERROR "syntax error: unexpected semicolon, expecting \{ after for clause"
	}
}
