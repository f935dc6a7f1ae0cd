// exit: 2
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("b from ", r))
	}()
	panic("a")
}
