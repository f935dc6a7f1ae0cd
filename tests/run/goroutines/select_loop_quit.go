// select in a loop that stops when a quit channel is closed.
package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}, done chan<- string) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			done <- "fib stopped"
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	done := make(chan string)
	go fib(c, quit, done)
	for i := 0; i < 10; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println(<-done)

	// a worker loop with work and a done channel
	work := make(chan int)
	stop := make(chan bool)
	result := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case v := <-work:
				total += v
			case <-stop:
				result <- total
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		work <- i
	}
	stop <- true
	fmt.Println("total", <-result)
}
