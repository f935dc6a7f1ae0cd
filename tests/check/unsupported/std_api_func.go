package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println("trace:")
	debug.PrintStack() // ERROR "not supported by goji: runtime/debug.PrintStack \(goji's runtime/debug package lacks it\)"
}
