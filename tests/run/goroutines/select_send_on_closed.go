// A select send case on a closed channel panics when chosen.
package main

import "fmt"

// exit: 2

func main() {
	c := make(chan int)
	close(c)
	fmt.Println("select")
	select {
	case c <- 1:
		fmt.Println("sent?")
	}
}
