package main

import "fmt"

// exit: 2

func main() {
	defer fmt.Println("deferred runs")
	panic(nil)
}
