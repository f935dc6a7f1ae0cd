package main

import "fmt"

func main() {
	n := -5
	m := make(map[int]int, n)
	fmt.Println(len(m))
}
