package main

import "fmt"

// exit: 2

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	panic("first")
}
