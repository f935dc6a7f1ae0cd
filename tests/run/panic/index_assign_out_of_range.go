package main

import "fmt"

// exit: 2

func main() {
	s := make([]int, 2, 10)
	for i := 0; i < 5; i++ {
		s[i] = i
		fmt.Println("set", i)
	}
}
