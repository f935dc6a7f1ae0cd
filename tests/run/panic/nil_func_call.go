package main

import "fmt"

// exit: 2

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	fmt.Println(f(1))
}
