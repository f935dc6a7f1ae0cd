// exit: 2
package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	fmt.Println("before")
	fmt.Println(a == b)
}
