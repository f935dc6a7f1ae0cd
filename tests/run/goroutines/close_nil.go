// Closing a nil channel panics.
package main

import "fmt"

// exit: 2

func main() {
	var c chan int
	fmt.Println("closing nil")
	close(c)
	fmt.Println("unreached")
}
