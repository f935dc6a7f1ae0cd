package main

import "fmt"

func main() {
	fmt.Printf("[%30s]\n", "right")
	fmt.Printf("[%-30s]\n", "left")
	fmt.Printf("[%40d]\n", 12345)
	fmt.Printf("[%25.10f]\n", 1.0/7)
	s := fmt.Sprintf("%100d", 1)
	fmt.Println(len(s), s[99:])
	fmt.Printf("[%3s]\n", "longer than width")
}
