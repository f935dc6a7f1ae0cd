package main

import "fmt"

// exit: 2

func main() {
	var s []string
	for i := 0; i < 3; i++ {
		s = append(s, fmt.Sprint("item", i))
	}
	fmt.Println(s, len(s), cap(s) >= 3)
	fmt.Println(s[len(s)])
}
