// Go 1.19 atomic types: atomic.Int64, Int32, Uint64, Bool.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits atomic.Int64
	open atomic.Bool
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())
	n.Store(10)
	fmt.Println(n.Swap(20), n.Load())
	fmt.Println(n.CompareAndSwap(5, 6), n.CompareAndSwap(20, 21), n.Load())
	fmt.Println(n.Add(-30))

	var i32 atomic.Int32
	i32.Add(5)
	i32.Add(-2)
	fmt.Println(i32.Load())

	var u atomic.Uint64
	u.Store(1 << 40)
	u.Add(1)
	fmt.Println(u.Load())

	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load())
	fmt.Println(b.CompareAndSwap(false, true), b.Load())

	s := &Stats{}
	s.open.Store(true)
	for i := 0; i < 3; i++ {
		s.hits.Add(2)
	}
	fmt.Println(s.hits.Load(), s.open.Load())
}
