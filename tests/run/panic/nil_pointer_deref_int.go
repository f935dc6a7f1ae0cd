package main

import "fmt"

// exit: 2

func main() {
	var p *int
	fmt.Println(p == nil)
	*p = 3
}
