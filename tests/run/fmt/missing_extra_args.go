package main

import "fmt"

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%s and %v\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("x\n", 3, "y", nil)
	fmt.Printf("%d\n", 1, 2.5, "s")
	s := fmt.Sprintf("%d %q %v", 5)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("", 1))
}
