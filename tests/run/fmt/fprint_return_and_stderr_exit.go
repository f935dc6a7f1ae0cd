package main

import (
	"fmt"
	"os"
)

// exit: 5

func main() {
	n, err := fmt.Fprint(os.Stderr, "warning: ", 3, " problems\n")
	fmt.Println(n, err)
	n, _ = fmt.Fprintf(os.Stdout, "%v|\n", []int{1, 2})
	fmt.Println(n)
	os.Exit(5)
}
