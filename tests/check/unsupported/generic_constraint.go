package main

import "fmt"

type Number interface {
	~int | ~float64 // ERROR "not supported by goji"
}

func main() {
	fmt.Println("type-set interfaces are a generics feature")
}
