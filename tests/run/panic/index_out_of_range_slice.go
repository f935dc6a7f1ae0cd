package main

import "fmt"

// exit: 2

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[0])
	fmt.Println(s[i])
}
