// exit: 3
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not run")
	fmt.Println("before exit")
	func() {
		defer fmt.Println("inner deferred: must not run")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
