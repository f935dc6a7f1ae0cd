// A panic in a non-main goroutine crashes the whole program; its defers run first.
package main

import "fmt"

// exit: 2

func main() {
	fmt.Println("start")
	c := make(chan int)
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic("boom")
	}()
	<-c
	fmt.Println("unreached")
}
