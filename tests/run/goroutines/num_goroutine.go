// runtime.NumGoroutine counts live user goroutines.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())

	never := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-never }()
	}
	fmt.Println("with 15 blocked:", runtime.NumGoroutine())
}
