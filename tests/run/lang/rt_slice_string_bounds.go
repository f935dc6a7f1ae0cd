// exit: 2
package main

import "fmt"

func main() {
	s := "hello"
	hi := 10
	fmt.Println(s[1:hi])
}
