// exit: 2
package main

import "fmt"

func main() {
	var i interface{} = "hello"
	n := i.(string)
	fmt.Println(n)
	m := i.(int)
	fmt.Println(m)
}
