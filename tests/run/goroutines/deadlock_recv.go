// Receiving in main from a channel nobody sends on is a deadlock.
package main

import "fmt"

// exit: 2

func main() {
	c := make(chan int)
	fmt.Println("before receive")
	v := <-c
	fmt.Println("unreached", v)
}
