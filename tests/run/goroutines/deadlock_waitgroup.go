// WaitGroup.Wait whose counter never reaches zero is a deadlock.
package main

import (
	"fmt"
	"sync"
)

// exit: 2

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("unreached")
}
