// exit: 2
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	m := 6
	fmt.Println(s[0:2:m])
}
