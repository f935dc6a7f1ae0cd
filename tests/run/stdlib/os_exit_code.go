// os.Exit: the status is returned to the parent, stdout written before is kept, defers do not run.
// exit: 3
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	for i := 0; i < 5; i++ {
		fmt.Println("line", i)
	}
	os.Stdout.WriteString("via Stdout.WriteString\n")
	func() {
		defer fmt.Println("inner deferred: must not print either")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
