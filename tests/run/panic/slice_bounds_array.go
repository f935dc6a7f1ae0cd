package main

import "fmt"

// exit: 2

func main() {
	var a [4]int
	hi := 5
	fmt.Println(a[1:hi])
}
