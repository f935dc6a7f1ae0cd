// exit: 2
package main

import "fmt"

func check(i, n int) {
	if i >= n {
		panic(fmt.Sprintf("index %d out of bounds (n=%d)", i, n))
	}
}

func main() {
	defer fmt.Println("deferred runs before crash")
	check(1, 3)
	fmt.Println("ok 1")
	check(4, 3)
	fmt.Println("unreachable")
}
