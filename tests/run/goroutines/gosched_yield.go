// runtime.Gosched yields so another goroutine can run, even with GOMAXPROCS(1).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	go func() {
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println("flag set by goroutine")

	// two goroutines taking turns via Gosched and a shared counter
	var turn int32
	done := make(chan bool)
	log := make([]int, 0, 10)
	player := func(me int32) {
		for i := 0; i < 5; i++ {
			for atomic.LoadInt32(&turn) != me {
				runtime.Gosched()
			}
			log = append(log, int(me))
			atomic.StoreInt32(&turn, 1-me)
		}
		done <- true
	}
	go player(0)
	go player(1)
	<-done
	<-done
	fmt.Println(log)
}
