// os.Exit in a goroutine ends the program at once with that status; defers do not run.
package main

import (
	"fmt"
	"os"
)

// exit: 3

func main() {
	defer fmt.Println("main defer: never printed")
	go func() {
		defer fmt.Println("goroutine defer: never printed")
		fmt.Println("goroutine exiting")
		os.Exit(3)
	}()
	select {}
}
