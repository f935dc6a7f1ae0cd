// exit: 2
// A slice of 1 TiB: a valid length, but more memory than the machine has.
package main

import "fmt"

func main() {
	n := 1 << 40
	b := make([]byte, n)
	b[n-1] = 1
	fmt.Println(len(b))
}
