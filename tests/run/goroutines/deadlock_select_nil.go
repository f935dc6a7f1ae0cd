// A select whose only cases are on nil channels, with no default, blocks forever.
package main

import "fmt"

// exit: 2

func main() {
	var a chan int
	var b chan string
	fmt.Println("selecting")
	select {
	case <-a:
		fmt.Println("a")
	case b <- "x":
		fmt.Println("b")
	}
}
