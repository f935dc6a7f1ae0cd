// A runtime error in a goroutine crashes the program even though main would recover its own panics.
package main

import "fmt"

// exit: 2

func main() {
	defer func() {
		fmt.Println("main recover:", recover())
	}()
	done := make(chan bool)
	go func() {
		var s []int
		i := 5
		fmt.Println(s[i])
		done <- true
	}()
	<-done
}
