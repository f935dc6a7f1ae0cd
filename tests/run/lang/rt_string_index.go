// exit: 2
package main

import "fmt"

func main() {
	s := "hey"
	n := len(s)
	fmt.Println(s[n])
}
