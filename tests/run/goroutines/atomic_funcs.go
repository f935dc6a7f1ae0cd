// sync/atomic functions: Add, Load, Store, Swap, CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n64 int64
	var n32 int32
	var u32 uint32
	var u64 uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, 1)
				atomic.AddUint32(&u32, 1)
				atomic.AddUint64(&u64, 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32), atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))

	atomic.StoreInt64(&n64, -5)
	fmt.Println(atomic.LoadInt64(&n64))
	fmt.Println(atomic.AddInt64(&n64, -10))
	old := atomic.SwapInt32(&n32, 77)
	fmt.Println(old, n32)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 1, 2), n32)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, 77, 78), n32)
	fmt.Println(atomic.CompareAndSwapInt64(&n64, -15, 0), n64)

	// decrementing an unsigned counter
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)

	// CAS loop: only one goroutine wins
	var flag int32
	var winners int32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners", atomic.LoadInt32(&winners), "flag", atomic.LoadInt32(&flag))
}
