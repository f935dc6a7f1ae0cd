package main

import "fmt"

// exit: 2

func main() {
	fmt.Println("start")
	x := 40
	panic(x + 2)
}
