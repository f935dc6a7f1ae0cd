// select with send and receive cases; only the ready case proceeds.
package main

import "fmt"

func main() {
	out := make(chan int)
	in := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range out {
			in <- v * 2
		}
		close(in)
		done <- true
	}()

	pending := []int{1, 2, 3, 4, 5}
	var results []int
	for len(pending) > 0 || len(results) < 5 {
		var sendCh chan int
		next := 0
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
		case v := <-in:
			results = append(results, v)
		}
	}
	close(out)
	for range in {
	}
	<-done
	fmt.Println(results)

	// evaluation of send value and channel operands happens before choosing
	calls := 0
	val := func() int { calls++; return 5 }
	full := make(chan int)
	buf := make(chan int, 1)
	select {
	case full <- val():
		fmt.Println("sent to full?")
	case buf <- val() * 2:
		fmt.Println("sent to buf", <-buf)
	}
	fmt.Println("val calls:", calls)
}
