package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	fmt.Println(recover())
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("via helper:", helper())
	}()
	panic("p")
}
