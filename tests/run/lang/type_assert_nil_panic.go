// exit: 2
package main

import "fmt"

func main() {
	var i interface{}
	fmt.Println("start")
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
