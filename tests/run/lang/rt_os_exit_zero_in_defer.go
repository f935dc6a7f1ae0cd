package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("exiting from defer")
		os.Exit(0)
	}()
	defer fmt.Println("second defer runs first")
	fmt.Println("main")
}
