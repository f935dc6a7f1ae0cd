// os.Exit with a code above 255 after writing to stderr: status is the low byte, stderr is kept.
// exit: 1
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "fatal: giving up with 257")
	fmt.Println("stdout before exit")
	os.Exit(257)
}
