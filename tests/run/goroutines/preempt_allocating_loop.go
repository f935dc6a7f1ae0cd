// A goroutine that allocates in a loop without end is preempted like one
// that only computes, even when its allocations start collections (each
// stops and restarts the world, which sysmon must sleep through and wake
// after): with one P, main still gets to run.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink *[16]int
var sinkBytes []byte

func main() {
	go func() {
		for {
			sink = new([16]int)
		}
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("woke after sleeping")
	go func() {
		for {
			sinkBytes = make([]byte, 128)
		}
	}()
	runtime.Gosched()
	fmt.Println("back after Gosched")
	select {
	case <-time.After(2 * time.Millisecond):
		fmt.Println("timer fired")
	}
}
