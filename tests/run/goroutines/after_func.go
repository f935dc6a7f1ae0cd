// time.AfterFunc runs a function in its own goroutine after the duration; Stop cancels it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() {
		ch <- "fired"
	})
	fmt.Println(<-ch)

	canceled := time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println("should not run")
	})
	fmt.Println("stop:", canceled.Stop())
	time.Sleep(40 * time.Millisecond)

	order := make(chan int, 3)
	time.AfterFunc(90*time.Millisecond, func() { order <- 3 })
	time.AfterFunc(10*time.Millisecond, func() { order <- 1 })
	time.AfterFunc(50*time.Millisecond, func() { order <- 2 })
	fmt.Println(<-order, <-order, <-order)

	// Reset of an AfterFunc timer runs the function again
	n := make(chan int, 2)
	count := 0
	var t *time.Timer
	t = time.AfterFunc(5*time.Millisecond, func() {
		count++
		n <- count
	})
	fmt.Println("first", <-n)
	fmt.Println("reset after run:", t.Reset(5*time.Millisecond))
	fmt.Println("second", <-n)
	fmt.Println("C is nil:", t.C == nil)
}
