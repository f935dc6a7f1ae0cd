// When main returns the program exits; other goroutines' later output never appears.
package main

import (
	"fmt"
	"time"
)

func main() {
	block := make(chan int)
	started := make(chan bool)
	go func() {
		started <- true
		<-block
		fmt.Println("blocked goroutine: never printed")
	}()
	go func() {
		started <- true
		time.Sleep(10 * time.Second)
		fmt.Println("sleeping goroutine: never printed")
	}()
	go func() {
		defer fmt.Println("defer in unfinished goroutine: never printed")
		started <- true
		select {}
	}()
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("main returns")
}
