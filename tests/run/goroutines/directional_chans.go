// Directional channel types (chan<- and <-chan) in parameters and results.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func counter(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	c := make(chan int)
	done := make(chan int)
	go produce(c, 10)
	go consume(c, done)
	fmt.Println("sum", <-done)

	for v := range counter(3) {
		fmt.Println("counter", v)
	}

	bi := make(chan string, 1)
	var send chan<- string = bi
	var recv <-chan string = bi
	send <- "through"
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", bi, send, recv)
}
