package main

import "fmt"

// exit: 2

func main() {
	s := "hello"
	lo, hi := 4, 2
	fmt.Println(s[lo:hi])
}
