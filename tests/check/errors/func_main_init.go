// errorcheck

package main

func main(args []string) { // ERROR "func main must have no arguments and no return values"
	_ = args
}

func init() int { // ERROR "func init must have no arguments and no return values"
	return 1
}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

var init = 5 // ERROR "cannot declare init - must be func"

func f() {
	init() // ERROR "undefined: init"
}
