// exit: 2
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("something bad happened")
}
