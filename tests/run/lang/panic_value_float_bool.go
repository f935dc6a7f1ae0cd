// exit: 2
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(2.5)
	}()
	panic(true)
}
