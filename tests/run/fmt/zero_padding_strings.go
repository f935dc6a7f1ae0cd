package main

import "fmt"

func main() {
	fmt.Printf("[%05s]\n", "ab")
	fmt.Printf("[%-05s]\n", "ab")
	fmt.Printf("[%05q]\n", "a")
	fmt.Printf("[%05v]\n", true)
	fmt.Printf("[%05x]\n", "hi")
	fmt.Printf("[%08.3f]\n", 3.14159)
	fmt.Printf("[%-08.3f]\n", 3.14159)
	fmt.Printf("[%+08d]\n", 42)
	fmt.Printf("[% 08d]\n", 42)
	fmt.Printf("[%-+5d]\n", 42)
	fmt.Printf("[%05c]\n", 'x')
	fmt.Printf("[%06.2e]\n", 1.0)
}
