package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%c\n", "str")
	fmt.Printf("%s\n", 1.5)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d\n", T{7})
	fmt.Printf("%s\n", T{7})
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%e\n", 10)
	fmt.Printf("%!\n", 1)
}
