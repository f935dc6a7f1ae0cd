// errorcheck

package main

func main() {
	x := 1 + / 2 // ERROR "syntax error: unexpected /, expecting expression"
	_ = x
}
