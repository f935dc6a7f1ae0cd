package main

import "fmt"

// exit: 2

func main() {
	defer func() {
		fmt.Println("outer defer")
	}()
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
