// exit: 2
package main

import "fmt"

func main() {
	fmt.Println("before")
	var e error
	panic(e)
}
