package main

import "fmt"

// exit: 2

func main() {
	var a, b int64 = 9, 0
	fmt.Println(a % 4)
	fmt.Println(a % b)
}
