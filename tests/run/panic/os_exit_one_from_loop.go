package main

import (
	"fmt"
	"os"
)

// exit: 1

func main() {
	for i := 0; ; i++ {
		fmt.Println("iteration", i)
		if i == 2 {
			os.Exit(1)
		}
	}
}
