package main

import "fmt"

// exit: 2

func work() {
	defer func() {
		panic("deferred panic")
	}()
	fmt.Println("work done")
}

func main() {
	work()
	fmt.Println("unreachable")
}
