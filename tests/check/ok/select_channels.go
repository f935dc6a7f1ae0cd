package main

import (
	"fmt"
	"time"
)

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func sink(in <-chan int, out chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	out <- s
}

func main() {
	out := make(chan int)
	go sink(producer(5), out)
	fmt.Println(<-out)

	// Buffered channel.
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)

	// Select with default.
	select {
	case v := <-buf:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("empty")
	}

	// Comma-ok receive on a closed channel.
	c := make(chan int, 1)
	c <- 9
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)

	// nil channels block forever: disabled select cases.
	var nilCh chan int
	ready := make(chan int, 1)
	ready <- 3
	select {
	case x := <-nilCh:
		fmt.Println("never", x)
	case nilCh <- 1:
		fmt.Println("never")
	case x, ok := <-ready:
		fmt.Println("ready", x, ok)
	}

	// Send in select; timeout case.
	res := make(chan int, 1)
	select {
	case res <- 42:
		fmt.Println("sent")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	fmt.Println(<-res)

	// Select in a loop until done.
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			data <- i
		}
		close(done)
	}()
	total := 0
	for running := true; running; {
		select {
		case d := <-data:
			total += d
		case <-done:
			running = false
		}
	}
	fmt.Println("total", total)

	var empty struct{}
	sig := make(chan struct{}, 1)
	sig <- empty
	<-sig
	fmt.Println("signalled")
}
