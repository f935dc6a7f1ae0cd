// atomic.Value Load/Store/Swap/CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	c := v.Load().(Config)
	fmt.Println(c.Name, c.Version)

	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cur := v.Load().(Config)
			_ = cur.Name
		}()
	}
	wg.Wait()
	v.Store(Config{"b", 2})
	fmt.Printf("%+v\n", v.Load())

	old := v.Swap(Config{"c", 3})
	fmt.Printf("%+v %+v\n", old, v.Load())

	fmt.Println(v.CompareAndSwap(Config{"x", 0}, Config{"d", 4}))
	fmt.Println(v.CompareAndSwap(Config{"c", 3}, Config{"d", 4}))
	fmt.Printf("%+v\n", v.Load())

	var s atomic.Value
	s.Store("hello")
	s.Store("world")
	fmt.Println(s.Load().(string))
}
