package main

import (
	"fmt"
	"os"
)

// exit: 4

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "error:", r)
			os.Exit(4)
		}
	}()
	var s []string
	fmt.Println(s[1])
}
