// []byte of a constant string has exactly its length as capacity (gc
// allocates an array of that size), so two appends to it never share an
// array; of a non-constant string, the capacity is the size class's.
package main

import (
	"fmt"
	"strings"
)

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	x := append(b, '!')
	y := append(b, '?')
	fmt.Println(string(x), string(y))
	s := strings.Repeat("ab", 20)
	c := []byte(s)
	fmt.Println(len(c), cap(c))
}
