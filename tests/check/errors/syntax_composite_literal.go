// errorcheck

package main

func main() {
	x := [2]int{1, 2) // ERROR "syntax error: unexpected \) in composite literal; possibly missing comma or \}"
	_ = x
}
