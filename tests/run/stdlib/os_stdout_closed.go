// Writing to os.Stdout after closing it: fmt.Println reports Go's error, reported on stderr.
// exit: 4
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println("before close")
	fmt.Println("close:", os.Stdout.Close())
	n, err := fmt.Println("after close")
	fmt.Fprintln(os.Stderr, "println after close:", n, err, errors.Is(err, os.ErrClosed))
	fmt.Fprintln(os.Stderr, "second close:", os.Stdout.Close())
	os.Exit(4)
}
