// A goroutine spinning forever does not starve main, even with GOMAXPROCS(1).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main after sleep")

	counter := 0
	go func() {
		for {
			counter++
		}
	}()
	done := make(chan bool)
	go func() {
		x := 0
		for i := 0; i < 1000000; i++ {
			x += i
		}
		fmt.Println("worker", x)
		done <- true
	}()
	<-done
	fmt.Println("main done")
}
