package main

import "fmt"

// exit: 2

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("second after ", r))
	}()
	panic("first")
}
