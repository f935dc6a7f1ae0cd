// exit: 2
package main

import "fmt"

var v = compute()

func compute() int {
	fmt.Println("computing")
	return 5
}

func init() {
	fmt.Println("init with", v)
	if v > 3 {
		panic(fmt.Sprintf("init failed: v=%d", v))
	}
}

func main() {
	fmt.Println("main never runs")
}
