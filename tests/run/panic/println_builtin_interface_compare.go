package main

import "fmt"

func get() interface{} { return nil }

func main() {
	var r interface{}
	var e error
	x := 3
	// The builtin println writes to standard error.
	println(r != nil, r == nil, e != nil, x == 4, get() != nil)
	fmt.Println(r != nil, r == nil, e != nil, x == 4, get() != nil)
}
