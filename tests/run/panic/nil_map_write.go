package main

import "fmt"

// exit: 2

func main() {
	var m map[string]int
	fmt.Println(m["missing"], len(m))
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "x")
	m["x"] = 1
}
