// Infinite recursion in a goroutine other than main ends the program with
// Go's stack overflow error.
// exit: 2
package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	done := make(chan int)
	go func() {
		done <- f(0)
	}()
	fmt.Println(<-done)
}
