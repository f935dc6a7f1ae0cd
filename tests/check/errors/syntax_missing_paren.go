// errorcheck

package main

func f(a int, b int { // ERROR "syntax error: unexpected \{ in parameter list; possibly missing comma or \)"
} // ERROR "syntax error: unexpected \} after top level declaration"

func main() {}
