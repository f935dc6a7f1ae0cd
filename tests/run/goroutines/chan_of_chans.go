// Channels of channels: requests carry their own reply channel.
package main

import "fmt"

type Request struct {
	N     int
	Reply chan int
}

func server(reqs chan Request) {
	for r := range reqs {
		r.Reply <- r.N * r.N
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		reply := make(chan int)
		reqs <- Request{i, reply}
		fmt.Println(i, "->", <-reply)
	}
	close(reqs)

	cc := make(chan chan string, 1)
	go func() {
		inner := <-cc
		inner <- "via inner channel"
	}()
	inner := make(chan string)
	cc <- inner
	fmt.Println(<-inner)

	var ccc chan chan chan int = make(chan chan chan int, 1)
	c2 := make(chan chan int, 1)
	c1 := make(chan int, 1)
	c1 <- 7
	c2 <- c1
	ccc <- c2
	fmt.Println(<-<-<-ccc)
}
