package main

import "fmt"

// exit: 2

func main() {
	l, c := 5, 3
	s := make([]int, l, c)
	fmt.Println(s)
}
