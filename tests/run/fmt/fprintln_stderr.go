package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintln(os.Stderr, "to stderr", 3)
	fmt.Fprint(os.Stdout, "x", 5, 6, "\n")
	fmt.Fprintf(os.Stdout, "%d-%s\n", 7, "y")
	fmt.Fprintf(os.Stderr, "second stderr line\n")
}
