// exit: 2
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "custom stderr line")
	fmt.Println("stdout line")
	var a []int
	_ = a[0]
}
