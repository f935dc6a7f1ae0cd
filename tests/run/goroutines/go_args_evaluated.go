// Arguments of a go statement are evaluated when the go statement executes.
package main

import (
	"fmt"
	"sync"
)

func show(tag string, x int, start chan bool, done chan bool) {
	<-start
	fmt.Println(tag, x)
	done <- true
}

func main() {
	start := make(chan bool)
	done := make(chan bool)
	x := 1
	go show("x was", x, start, done)
	x = 2
	close(start)
	<-done
	fmt.Println("x now", x)

	var wg sync.WaitGroup
	squares := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squares[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)

	calls := 0
	next := func() int { calls++; return calls * 10 }
	start2 := make(chan bool)
	go show("next()", next(), start2, done)
	fmt.Println("calls before goroutine runs:", calls)
	close(start2)
	<-done
}
