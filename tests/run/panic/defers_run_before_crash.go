package main

import "fmt"

// exit: 2

func inner() {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	var m map[string]int
	m["k"] = 1
}

func main() {
	defer fmt.Println("main defer")
	inner()
}
