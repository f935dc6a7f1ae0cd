package main

import "fmt"

// exit: 2

func main() {
	s := make([]int, 3, 5)
	hi := 5
	fmt.Println(len(s[1:hi]))
	hi = 6
	fmt.Println(s[1:hi])
}
