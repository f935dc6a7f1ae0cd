// exit: 2
package main

import "fmt"

func work() int {
	defer func() {
		var m map[string]int
		fmt.Println("in defer")
		m["x"] = 1
	}()
	fmt.Println("working")
	return 1
}

func main() {
	fmt.Println(work())
}
