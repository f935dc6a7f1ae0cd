package main

import (
	"fmt"
	"os"
	"strconv"
)

// args: 10 20 x 5
// exit: 1

func main() {
	sum := 0
	bad := 0
	for _, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad arg:", err)
			bad++
			continue
		}
		sum += n
	}
	fmt.Println("sum", sum)
	if bad > 0 {
		os.Exit(1)
	}
}
