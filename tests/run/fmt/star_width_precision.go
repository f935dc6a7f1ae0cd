package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 5, 42)
	fmt.Printf("[%-*d]\n", 5, 42)
	fmt.Printf("[%*d]\n", -5, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%*s]\n", 6, "ab")
	fmt.Printf("[%*d]\n", "x", 42)
	fmt.Printf("[%.*d]\n", -1, 42)
	fmt.Printf("[%*d]\n", 10000000, 1)
	fmt.Println(fmt.Sprintf("%*s|", 3, ""))
}
