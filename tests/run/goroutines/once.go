// sync.Once runs its function exactly once, even when called from many goroutines.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	inits  int
)

func loadConfig() {
	inits++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(loadConfig)
			results[i] = config["mode"]
		}(i)
	}
	wg.Wait()
	fmt.Println("inits", inits, results[0], results[9])

	once.Do(func() { fmt.Println("second func never runs") })
	fmt.Println("inits", inits)

	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("o2 ran at i =", i) })
	}

	// Once whose function panics still counts as done
	var o3 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o3.Do(func() { panic("in once") })
	}()
	o3.Do(func() { fmt.Println("o3 again?") })
	fmt.Println("end")
}
