// runtime.Goexit ends the goroutine after running its deferred calls.
package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer fmt.Println("inner defer")
	runtime.Goexit()
	fmt.Println("inner unreached")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("outer defer 1")
		defer func() {
			fmt.Println("outer defer 2, recover:", recover())
		}()
		inner()
		fmt.Println("outer unreached")
	}()
	<-done
	fmt.Println("main continues")

	res := make(chan string)
	go func() {
		defer func() { res <- "sent from defer" }()
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
		}
	}()
	fmt.Println(<-res)
}
