// select with a timeout case via time.After.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timeout?")
	}

	slow := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		slow <- "reply in time"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout?")
	}

	// a loop with a per-iteration timeout
	ticks := 0
	deadline := time.After(50 * time.Millisecond)
loop:
	for {
		select {
		case <-deadline:
			break loop
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("loop ran:", ticks > 0)
}
