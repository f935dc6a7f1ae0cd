// len and cap of channels: nil, unbuffered, buffered, closed.
package main

import "fmt"

func main() {
	var n chan int
	fmt.Println("nil:", len(n), cap(n), n == nil)
	u := make(chan int)
	fmt.Println("unbuffered:", len(u), cap(u))
	b := make(chan string, 3)
	fmt.Println("buffered empty:", len(b), cap(b))
	b <- "x"
	b <- "y"
	fmt.Println("buffered 2:", len(b), cap(b))
	close(b)
	fmt.Println("closed:", len(b), cap(b))
	<-b
	fmt.Println("after recv:", len(b), cap(b))
	var ro <-chan string = b
	var so chan<- int = u
	fmt.Println("directional:", len(ro), cap(ro), len(so), cap(so))
	z := make(chan bool, 0)
	fmt.Println("make 0:", cap(z))
}
