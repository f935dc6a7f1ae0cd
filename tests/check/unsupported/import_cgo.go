package main

import "C" // ERROR "not supported by goji"

import "fmt"

func main() {
	fmt.Println("cgo")
}
