package main

import (
	"fmt"
	"os"
)

// exit: 3

func cleanup() { fmt.Println("cleanup: must not print") }

func run() {
	defer cleanup()
	fmt.Println("running")
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	os.Exit(3)
}

func main() {
	defer fmt.Println("main defer: must not print")
	run()
}
