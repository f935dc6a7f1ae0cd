// exit: 2
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	l, h := 3, 2
	fmt.Println(s[l:h:4])
}
