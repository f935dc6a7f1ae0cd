// sync.Cond Broadcast wakes all goroutines waiting on the condition.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	woke := make([]bool, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main a waiter arrived
			for !ready {
				cond.Wait()
			}
			woke[i] = true
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	for waiting < 5 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("waiting", waiting, "woke", woke)
}
