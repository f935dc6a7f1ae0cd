// sync.Cond is comparable, as in Go (its wait list is a linked list), so it
// may be compared and used in a map key; Signal wakes waiters in the order
// they waited, Broadcast wakes the rest.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	c sync.Cond
	n int
}

func main() {
	var a, b sync.Cond
	fmt.Println(a == b)
	m := map[sync.Cond]int{a: 1}
	m[b]++
	fmt.Println(len(m), m[a])
	fmt.Println(guarded{} == guarded{}, guarded{n: 1} == guarded{})

	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var order []int
	var wg sync.WaitGroup
	waiting := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			c.Wait()
			order = append(order, i)
			mu.Unlock()
		}(i)
		for {
			mu.Lock()
			w := waiting
			mu.Unlock()
			if w == i+1 {
				break
			}
		}
	}
	for i := 0; i < 2; i++ {
		mu.Lock()
		c.Signal()
		mu.Unlock()
		for {
			mu.Lock()
			n := len(order)
			mu.Unlock()
			if n == i+1 {
				break
			}
		}
	}
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(order[:2], len(order))
}
