// os.Exit with a negative code: the parent sees the code modulo 256.
// exit: 255
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with -1")
	os.Exit(-1)
}
