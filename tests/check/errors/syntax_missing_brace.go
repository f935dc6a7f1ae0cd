// errorcheck

package main

func main() {
	for {
		println()
	// the closing brace of the for loop is missing
}

func other() {} // ERROR "syntax error: unexpected other, expecting \("
