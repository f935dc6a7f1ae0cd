package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Args[1:], len(os.Args[1:]) == 0)
	if len(os.Args) > 0 && os.Args[0] != "" {
		fmt.Println("program name present")
	}
}
