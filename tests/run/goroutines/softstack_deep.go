// Under software stack checks (vm/stack.h) deep but bounded recursion runs
// to the end: in many live goroutines at once, and in main far past the
// first MiB of its stack, where every MiB's lowest part sends entry polls
// to their slow path.
// env: GODEBUG=softstack=1
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [4]int
	pad[n%4] = n
	return depth(n-1) + pad[n%4] - n + 1
}

func main() {
	const goroutines = 20000
	results := make([]int, goroutines)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			n := 20 + i%50
			if i%1000 == 0 {
				n = 4000
			}
			results[i] = depth(n)
		}(i)
	}
	close(start)
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
	fmt.Println(depth(200000))
}
