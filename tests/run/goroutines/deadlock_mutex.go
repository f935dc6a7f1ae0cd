// Locking a sync.Mutex twice in the only goroutine is a deadlock.
package main

import (
	"fmt"
	"sync"
)

// exit: 2

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("unreached")
}
