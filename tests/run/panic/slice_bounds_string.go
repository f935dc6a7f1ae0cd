package main

import "fmt"

// exit: 2

func main() {
	s := "hello"
	hi := 10
	fmt.Println(s[:3])
	fmt.Println(s[:hi])
}
