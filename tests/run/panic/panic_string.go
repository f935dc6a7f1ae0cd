package main

import "fmt"

// exit: 2

func main() {
	fmt.Println("before")
	panic("something bad happened")
}
