package main

import "fmt"

// exit: 2

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	fmt.Println(i.(int))
}
