// Sending on an unbuffered channel with no receiver is a deadlock, also with other goroutines blocked.
package main

import "fmt"

// exit: 2

func main() {
	other := make(chan int)
	go func() {
		<-other
	}()
	c := make(chan int, 1)
	c <- 1
	fmt.Println("buffered send ok")
	c <- 2
	fmt.Println("unreached")
}
