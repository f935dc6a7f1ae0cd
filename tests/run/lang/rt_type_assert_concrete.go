// exit: 2
package main

import "fmt"

type A struct{}
type B struct{}

func main() {
	var i interface{} = A{}
	b := i.(B)
	fmt.Println(b)
}
