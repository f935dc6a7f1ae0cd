// errorcheck

package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

const c = 1

var c = 2 // ERROR "c redeclared in this block"

func g(a int, a string) {} // ERROR "a redeclared in this block"

func main() {
	y := 1
	var y int // ERROR "y redeclared in this block"
	_ = y
}
