// exit: 2
package main

import "fmt"

func idx() int { return -1 }

func main() {
	s := []string{"a"}
	fmt.Println(s[idx()])
}
