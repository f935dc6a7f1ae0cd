package main

import "fmt"

// exit: 2

func main() {
	x := 1
	s := 3
	fmt.Println(x << s)
	s = -1
	fmt.Println(x << s)
}
