// exit: 2
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	h, m := 4, 3
	fmt.Println(s[0:h:m])
}
