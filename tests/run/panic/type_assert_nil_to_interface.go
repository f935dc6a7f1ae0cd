package main

import "fmt"

// exit: 2

func main() {
	var i interface{}
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
