// errorcheck

package main

func bad1(xs ...int, y int) {} // ERROR "can only use \.\.\. with final parameter in list"

func bad2(a ...int, b ...int) {} // ERROR "can only use \.\.\. with final parameter in list"

var f func(...int, string) // ERROR "can only use \.\.\. with final parameter in list"

func main() {
	var g func(...int)
	g(1, 2)
	g("x") // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in argument to g"
}
