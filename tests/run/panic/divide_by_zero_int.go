package main

import "fmt"

// exit: 2

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(7, 0))
}
