// sync.Mutex protects a counter incremented by 8 goroutines x 1000 times.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func main() {
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count", count)

	sc := SafeCounter{m: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				sc.Inc(k)
			}
		}(keys[g%3])
	}
	wg.Wait()
	fmt.Println(sc.m)
}
