// A panic raised by a deferred call while runtime.Goexit runs them, once
// recovered, does not resume the function that recovered: Goexit goes on
// running deferred calls and the goroutine still exits.
package main

import (
	"fmt"
	"runtime"
)

func f() int {
	defer func() { fmt.Println("f recovered:", recover()) }()
	defer func() { panic("during goexit") }()
	runtime.Goexit()
	return 1
}

func inner() {
	defer fmt.Println("inner defer")
	defer func() { panic("panic during goexit") }()
	runtime.Goexit()
}

func outer() {
	defer fmt.Println("outer defer, after the recover")
	defer func() { fmt.Println("outer recovered:", recover()) }()
	inner()
	fmt.Println("after inner: not printed")
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("goroutine deferred"); done <- true }()
		x := f()
		fmt.Println("after f: not printed", x)
	}()
	<-done
	go func() {
		defer close(done)
		defer fmt.Println("top defer")
		outer()
		fmt.Println("after outer: not printed")
	}()
	<-done
	fmt.Println("main end")
}
