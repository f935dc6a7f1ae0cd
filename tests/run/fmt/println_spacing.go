package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, 2.5)
	fmt.Println()
	fmt.Println("x")
	fmt.Println(1, "x", 2)
	fmt.Println("", "")
	fmt.Println(nil, nil)
	fmt.Println('a', byte('b'))
}
