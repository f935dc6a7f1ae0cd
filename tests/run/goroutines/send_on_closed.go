// Sending on a closed channel panics.
package main

import "fmt"

// exit: 2

func main() {
	c := make(chan int, 3)
	c <- 1
	close(c)
	fmt.Println("closed, len", len(c))
	c <- 2
	fmt.Println("unreached")
}
