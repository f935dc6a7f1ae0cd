package main

import "fmt"

// exit: 2

func main() {
	n := -1
	s := make([]int, n+1)
	fmt.Println(len(s))
	s = make([]int, n)
	fmt.Println(len(s))
}
