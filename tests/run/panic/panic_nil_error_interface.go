package main

import "fmt"

// exit: 2

func check() error { return nil }

func main() {
	err := check()
	fmt.Println("err is nil:", err == nil)
	panic(err)
}
