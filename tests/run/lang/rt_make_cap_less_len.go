// exit: 2
package main

import "fmt"

func main() {
	n, c := 5, 3
	s := make([]int, n, c)
	fmt.Println(s)
}
