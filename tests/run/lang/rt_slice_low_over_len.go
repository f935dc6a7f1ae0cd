// exit: 2
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	lo := 4
	fmt.Println(s[lo:])
}
