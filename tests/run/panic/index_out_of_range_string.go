package main

import "fmt"

// exit: 2

func main() {
	s := "hello"
	n := 10
	fmt.Println(s[4])
	fmt.Println(s[n])
}
