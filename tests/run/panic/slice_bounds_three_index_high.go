package main

import "fmt"

// exit: 2

func main() {
	s := make([]int, 5)
	h, m := 3, 2
	fmt.Println(s[0:h:m])
}
