package main

import "fmt"

// exit: 2

func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println(s[i])
}
