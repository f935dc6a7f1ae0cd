package main

import "fmt"

// exit: 2

func main() {
	var i interface{}
	v, ok := i.(int)
	fmt.Println(v, ok)
	fmt.Println(i.(int))
}
