package main

import "fmt"

// exit: 2

func main() {
	fmt.Print("partial output without newline")
	fmt.Printf(" %d", 42)
	panic("after partial")
}
