package main

import "fmt"

// exit: 2

func main() {
	var a, b uint8 = 200, 0
	defer fmt.Println("deferred")
	a /= b
	fmt.Println(a)
}
