package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop // ERROR "not supported by goji"
	}
	fmt.Println(i)
}
