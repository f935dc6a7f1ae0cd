// exit: 2
package main

import "fmt"

func main() {
	var f func() int
	fmt.Println("calling")
	fmt.Println(f())
}
