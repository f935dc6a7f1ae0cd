// errorcheck

package main

import (
	"errors"
	"fmt" // ERROR "imported and not used: \x22fmt\x22"
)

func named() (err error) {
	if true {
		err := errors.New("shadow") // ERROR "err declared but not used"
		return // ERROR "result parameter err not in scope at return"
	}
	return
}

func main() {
	x := 1
	{
		x := 2 // ERROR "x declared but not used"
	}
	fmt := "shadowed package name"
	fmt.Println(x) // ERROR "fmt\.Println undefined \(type string has no field or method Println\)"
	int := 3
	var y int = 4 // ERROR "int \(variable of type int\) is not a type"
	_, _ = int, y
	len := 5
	_ = len("abc") // ERROR "invalid operation: cannot call non-function len \(variable of type int\)"
}
