package main

import "fmt"

// exit: 2

func main() {
	s := make([]int, 5)
	l, h := 2, 1
	fmt.Println(s[l:h:3])
}
