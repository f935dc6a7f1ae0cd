package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("before exit")
	os.Exit(0)
	fmt.Println("after exit")
}
