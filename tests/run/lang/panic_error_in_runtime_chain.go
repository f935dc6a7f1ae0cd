// exit: 2
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var m map[int]int
		m[1] = 1
	}()
	var a []int
	idx := 3
	fmt.Println(a[idx])
}
