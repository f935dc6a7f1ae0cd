// errorcheck

package main

func main() {
	var i interface{} = 1 // ERROR "i declared but not used"
	t := i.(type) // ERROR "invalid AST: use of \.\(type\) outside type switch"
	_ = t
}
