package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	x := 0
	defer func() { fmt.Println("x =", x) }()
	x = 5
	panic("stop")
}
