// exit: 2
package main

import "fmt"

type Named interface{ Name() string }
type T struct{}

func main() {
	var i interface{} = T{}
	fmt.Println("start")
	n := i.(Named)
	fmt.Println(n)
}
