package main

import "fmt"

// exit: 2

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
		panic(fmt.Sprintf("final(%v)", r))
	}()
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic("second")
	}()
	panic("first")
}
