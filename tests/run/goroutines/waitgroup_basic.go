// sync.WaitGroup waits for all goroutines; Add/Done/Wait, passed by pointer, reused.
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	out[id] = id * 100
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	fmt.Println(out)

	// Add with a count, then reuse
	res := make([]string, 3)
	wg.Add(3)
	for i, s := range []string{"x", "y", "z"} {
		go func(i int, s string) {
			res[i] = s + s
			wg.Done()
		}(i, s)
	}
	wg.Wait()
	fmt.Println(res)

	// Wait with zero counter returns at once
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("empty wait ok")

	// several waiters
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			mu.Lock()
			woke++
			mu.Unlock()
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("woke", woke)
}
