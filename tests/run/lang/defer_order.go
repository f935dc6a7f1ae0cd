package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("defer loop", i)
	}
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("body")
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	fmt.Println("after inner")
}
