package main

import "fmt"

func main() {
	var c complex128 // ERROR "not supported by goji"
	fmt.Println(c)
}
