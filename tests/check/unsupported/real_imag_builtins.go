package main

import "fmt"

func main() {
	fmt.Println(real(3.0), imag(4.0)) // ERROR "not supported by goji" "not supported by goji"
}
