package main

import "fmt"

// exit: 2

func main() {
	var p *[3]int
	fmt.Println(len(p))
	fmt.Println(p[1])
}
