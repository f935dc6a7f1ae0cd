package main

import "fmt"

// exit: 2

func main() {
	n := -5
	m := make(map[string]int, n)
	m["a"] = 1
	fmt.Println(m)
	panic(fmt.Sprint("done ", len(m)))
}
