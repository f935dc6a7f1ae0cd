package main

import "fmt"

// exit: 2

func main() {
	s := []int{1, 2, 3}
	lo := 4
	fmt.Println(s[lo:])
}
