// sync.RWMutex allows several readers at once and excludes the writer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	inside := make(chan int)
	release := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			rw.RLock()
			inside <- id
			<-release
			rw.RUnlock()
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-inside
	}
	fmt.Println("3 readers hold the lock together, ids sum", sum)

	writerIn := make(chan bool)
	go func() {
		rw.Lock()
		writerIn <- true
		rw.Unlock()
	}()
	close(release)
	wg.Wait()
	fmt.Println("writer got lock:", <-writerIn)

	// readers and writers on shared data
	data := map[int]int{}
	var reads int64
	var rmu sync.Mutex
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				data[w*100+i] = i
				rw.Unlock()
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.RLock()
				_ = len(data)
				rw.RUnlock()
				rmu.Lock()
				reads++
				rmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("entries", len(data), "reads", reads)
}
