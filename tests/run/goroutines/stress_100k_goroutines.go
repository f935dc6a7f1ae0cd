// Stress: 100000 goroutines each add to an atomic counter, guarded by a WaitGroup.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var wg sync.WaitGroup
	for i := 1; i <= 100000; i++ {
		wg.Add(1)
		go func(n int64) {
			atomic.AddInt64(&total, n)
			wg.Done()
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&total))
}
