package main

import "fmt"

// exit: 2

func main() {
	c := -2
	s := make([]byte, 0, c)
	fmt.Println(s)
}
