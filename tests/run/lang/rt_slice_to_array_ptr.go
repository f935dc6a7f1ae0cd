// exit: 2
package main

import "fmt"

func main() {
	s := []int{1, 2}
	p := (*[3]int)(s)
	fmt.Println(p)
}
