// An uncaught panic raised inside the standard library (strings.Repeat with a negative count).
// exit: 2
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 2))
	n := -3
	fmt.Println(strings.Repeat("x", n))
	fmt.Println("unreachable")
}
