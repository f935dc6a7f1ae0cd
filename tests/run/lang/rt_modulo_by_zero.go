// exit: 2
package main

import "fmt"

func main() {
	var a, b int8 = 10, 0
	fmt.Println(a % b)
}
