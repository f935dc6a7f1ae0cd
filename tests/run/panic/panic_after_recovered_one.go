package main

import "fmt"

// exit: 2

func safe() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("first")
}

func main() {
	safe()
	fmt.Println("continuing")
	var s []int
	_ = s[len(s)]
}
