package main

import "fmt"

func main() {
	fmt.Println(2i) // ERROR "not supported by goji"
}
