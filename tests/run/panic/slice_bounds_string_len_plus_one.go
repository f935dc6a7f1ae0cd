package main

import "fmt"

// exit: 2

func main() {
	s := "héllo"
	fmt.Println(s[1:3], len(s))
	n := len(s) + 1
	fmt.Println(s[2:n])
}
