package main

import "fmt"

func main() {
	fmt.Printf("[%d]\n", 42)
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%+d]\n", 42)
	fmt.Printf("[% d]\n", 42)
	fmt.Printf("[% d]\n", -42)
	fmt.Printf("[%-08d]\n", 42)
	fmt.Printf("[%08d]\n", 123456789)
	fmt.Printf("[%2d]\n", 12345)
	fmt.Printf("[%.3d]\n", 7)
	fmt.Printf("[%6.3d]\n", -7)
	fmt.Printf("[%.0d]\n", 0)
	fmt.Printf("[%+05d]\n", 3)
}
