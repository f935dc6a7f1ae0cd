// Buffered channels accept sends without a receiver up to capacity and deliver in FIFO order.
package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i * 10
	}
	fmt.Println("len", len(c), "cap", cap(c))
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}
	c <- 60
	c <- 70
	c <- 80
	fmt.Println("len", len(c))
	for len(c) > 0 {
		fmt.Println(<-c)
	}

	// a full buffer blocks the sender until the receiver takes a value
	d := make(chan string, 2)
	done := make(chan bool)
	go func() {
		for _, s := range []string{"a", "b", "c", "d", "e"} {
			d <- s
		}
		close(d)
		done <- true
	}()
	for s := range d {
		fmt.Print(s, " ")
	}
	fmt.Println()
	<-done
}
