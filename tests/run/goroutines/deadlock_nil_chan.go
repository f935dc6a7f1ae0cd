// Receiving from a nil channel blocks forever: a deadlock.
package main

import "fmt"

// exit: 2

func main() {
	var c chan string
	fmt.Println("nil channel:", c == nil)
	s := <-c
	fmt.Println("unreached", s)
}
