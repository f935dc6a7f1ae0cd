// exit: 2
package main

import "fmt"

func div(a, b uint64) uint64 { return a / b }

func main() {
	fmt.Println(div(5, 1))
	fmt.Println(div(5, 0))
}
