// Unbuffered channels synchronise sender and receiver: a strict ping-pong.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("pong", v)
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 4; i++ {
		fmt.Println("ping", v)
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
