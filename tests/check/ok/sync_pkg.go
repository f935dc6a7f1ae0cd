package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.m["k"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	var n int64
	var ops int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(d int64) {
			defer wg2.Done()
			atomic.AddInt64(&n, d)
			atomic.AddInt32(&ops, 1)
		}(int64(i))
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadInt32(&ops))
	atomic.StoreInt64(&n, 5)
	fmt.Println(atomic.CompareAndSwapInt64(&n, 5, 6), n)

	cache := &Cache{data: map[int]int{}}
	cache.Put(1, 10)
	fmt.Println(cache.Get(1))
	fmt.Println(cache.Get(2))
}
