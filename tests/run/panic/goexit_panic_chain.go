// exit: 2
// A panic recovered during a Goexit that interrupted another panic leaves
// that panic on the chain: the crash that follows reports both.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() { panic("third") }()
		defer func() { recover() }()
		defer func() { panic("second") }()
		defer runtime.Goexit()
		panic("first")
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
