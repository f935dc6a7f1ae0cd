package main

import "fmt"

// exit: 2

func main() {
	s := make([]int, 3)
	m := 10
	fmt.Println(s[0:1:m])
}
