// Stress: 8 goroutines contend on one Mutex, updating a counter and a shared slice.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	var log []int
	perG := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				counter++
				if counter%1000 == 0 {
					log = append(log, counter)
				}
				perG[g]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("counter", counter)
	fmt.Println("log entries", len(log), "first", log[0], "last", log[len(log)-1])
	sorted := true
	for i := 1; i < len(log); i++ {
		if log[i] <= log[i-1] {
			sorted = false
		}
	}
	fmt.Println("log increasing:", sorted)
	fmt.Println(perG)
}
