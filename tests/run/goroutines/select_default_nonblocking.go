// select with default gives non-blocking send and receive.
package main

import "fmt"

func tryRecv(c chan int) {
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
}

func trySend(c chan int, v int) {
	select {
	case c <- v:
		fmt.Println("sent", v)
	default:
		fmt.Println("send would block", v)
	}
}

func main() {
	u := make(chan int)
	tryRecv(u)
	trySend(u, 1)

	b := make(chan int, 2)
	trySend(b, 1)
	trySend(b, 2)
	trySend(b, 3)
	tryRecv(b)
	tryRecv(b)
	tryRecv(b)

	cl := make(chan int)
	close(cl)
	select {
	case v, ok := <-cl:
		fmt.Println("closed ready:", v, ok)
	default:
		fmt.Println("default")
	}

	select {
	default:
		fmt.Println("only default")
	}
}
