// runtime.Goexit in main runs main's defers; once the other goroutines finish the program deadlocks.
package main

import (
	"fmt"
	"runtime"
)

// exit: 2

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker running")
		done <- true
	}()
	defer fmt.Println("main defer")
	<-done
	runtime.Goexit()
}
