// An empty select blocks forever: a deadlock when nothing else can run.
package main

import "fmt"

// exit: 2

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine ran")
		done <- true
	}()
	<-done
	select {}
}
