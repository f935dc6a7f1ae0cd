// runtime.SetFinalizer: the finalizer of an unreachable object runs after
// runtime.GC(), in its own goroutine, with the object as its argument.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type Res struct {
	id   int
	name string
	buf  []byte
}

var finalized int64
var sumIDs int64
var lastName atomic.Value

// allocate in a separate function so no frame of main refers to the objects
// sink makes garbage escape to the heap
var sink []byte

func makeOne() {
	r := &Res{id: 7, name: "one", buf: make([]byte, 100)}
	runtime.SetFinalizer(r, func(r *Res) {
		lastName.Store(r.name + "/" + fmt.Sprint(len(r.buf)))
		atomic.AddInt64(&finalized, 1)
	})
}

func makeMany(n int) {
	for i := 0; i < n; i++ {
		r := &Res{id: i, name: "r"}
		runtime.SetFinalizer(r, finalize)
	}
}

func finalize(r *Res) {
	atomic.AddInt64(&sumIDs, int64(r.id))
	atomic.AddInt64(&finalized, 1)
}

func waitFor(want int64) bool {
	for i := 0; i < 1000; i++ {
		if atomic.LoadInt64(&finalized) >= want {
			return true
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	return false
}

func main() {
	makeOne()
	fmt.Println("single finalizer ran:", waitFor(1))
	fmt.Println("it saw its object:", lastName.Load())

	atomic.StoreInt64(&finalized, 0)
	makeMany(1000)
	fmt.Println("all 1000 finalizers ran:", waitFor(1000))
	// give any duplicate a chance to show up
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("each exactly once:", atomic.LoadInt64(&finalized) == 1000, atomic.LoadInt64(&sumIDs) == 999*1000/2)

	// objects dropped while garbage is allocated: finalizers run eventually
	atomic.StoreInt64(&finalized, 0)
	for round := 0; round < 10; round++ {
		makeMany(100)
		for i := 0; i < 100; i++ {
			sink = make([]byte, 10000)
		}
	}
	fmt.Println("with churn:", waitFor(1000))

	// a finalizer on a large object
	atomic.StoreInt64(&finalized, 0)
	func() {
		big := new([1 << 17]int)
		big[0] = 5
		runtime.SetFinalizer(big, func(p *[1 << 17]int) { atomic.AddInt64(&finalized, int64(p[0])) })
	}()
	fmt.Println("large object:", waitFor(5))
}
