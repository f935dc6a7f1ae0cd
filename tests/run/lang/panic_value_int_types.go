// exit: 2
package main

import "fmt"

type Code uint8

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		panic(Code(7))
	}()
	panic(int64(-5))
}
