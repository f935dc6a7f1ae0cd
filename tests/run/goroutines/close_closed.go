// Closing a channel twice panics.
package main

import "fmt"

// exit: 2

func main() {
	c := make(chan int)
	close(c)
	fmt.Println("closed once")
	close(c)
	fmt.Println("unreached")
}
