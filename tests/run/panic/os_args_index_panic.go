package main

import (
	"fmt"
	"os"
)

// args: only
// exit: 2

func main() {
	fmt.Println(os.Args[1])
	fmt.Println(os.Args[2])
}
