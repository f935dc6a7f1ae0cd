package main

import "fmt"

func main() {
	fmt.Println(complex(1.0, 2.0)) // ERROR "not supported by goji"
}
