// exit: 2
package main

import "fmt"

type T struct{ M map[int]bool }

func main() {
	t := T{}
	t.M[3] = true
	fmt.Println(t)
}
