// Channel panics are runtime.Errors that recover can catch, in main and in goroutines.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Println(name+":", r, isRuntime, isErr)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan string)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan bool
		close(c)
	})
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		try("in goroutine", func() {
			c := make(chan struct{})
			close(c)
			select {
			case c <- struct{}{}:
			default:
			}
		})
	}()
	<-done
	fmt.Println("still running")
}
