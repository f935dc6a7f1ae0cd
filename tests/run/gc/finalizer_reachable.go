// Finalizers do not run while their object is reachable (kept by a
// variable used later, by runtime.KeepAlive, or by another live object);
// SetFinalizer(x, nil) removes a finalizer; a finalizer may take the
// object as interface{}; a finalizer can be set again from inside one.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type T struct {
	id   int
	next *T
	pad  [4]int
}

var count int64
var ifaceSum int64
var rearmed int64

// sink makes garbage escape to the heap
var sink []*T

func settle() {
	for i := 0; i < 20; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

func waitFor(p *int64, want int64) bool {
	for i := 0; i < 1000; i++ {
		if atomic.LoadInt64(p) >= want {
			return true
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	return false
}

var global *T

func setGlobal() {
	global = &T{id: 1}
	runtime.SetFinalizer(global, func(*T) { atomic.AddInt64(&count, 1000) })
}

func makeCleared(n int) {
	for i := 0; i < n; i++ {
		t := &T{id: i}
		runtime.SetFinalizer(t, func(*T) { atomic.AddInt64(&count, 1) })
		runtime.SetFinalizer(t, nil)
	}
}

func makeIface(n int) {
	for i := 0; i < n; i++ {
		t := &T{id: i + 1}
		runtime.SetFinalizer(t, func(x interface{}) {
			atomic.AddInt64(&ifaceSum, int64(x.(*T).id))
		})
	}
}

func makeRearming() {
	t := &T{id: 3}
	var fin func(*T)
	fin = func(t *T) {
		if atomic.AddInt64(&rearmed, 1) < 3 {
			runtime.SetFinalizer(t, fin)
		}
	}
	runtime.SetFinalizer(t, fin)
}

func main() {
	// reachable through a local used after the collections
	local := &T{id: 5}
	runtime.SetFinalizer(local, func(*T) { atomic.AddInt64(&count, 100) })
	// reachable through a global
	setGlobal()
	// reachable only through another reachable object
	holder := &T{id: 9}
	holder.next = &T{id: 10}
	runtime.SetFinalizer(holder.next, func(*T) { atomic.AddInt64(&count, 10000) })

	for i := 0; i < 2000; i++ {
		sink = make([]*T, 1000)
	}
	settle()
	fmt.Println("no finalizer ran for reachable objects:", atomic.LoadInt64(&count) == 0)
	fmt.Println(local.id, global.id, holder.next.id)

	// cleared finalizers never run
	makeCleared(500)
	settle()
	fmt.Println("cleared finalizers did not run:", atomic.LoadInt64(&count) == 0)

	// now drop the global: its finalizer runs, the others still do not
	global = nil
	fmt.Println("global's finalizer ran:", waitFor(&count, 1000))
	settle()
	fmt.Println("only that one:", atomic.LoadInt64(&count) == 1000)

	// interface{} argument
	makeIface(100)
	fmt.Println("interface finalizers:", waitFor(&ifaceSum, 5050), atomic.LoadInt64(&ifaceSum) == 5050)

	// a finalizer that sets itself again runs once per collection cycle
	// that finds the object unreachable
	makeRearming()
	fmt.Println("rearmed finalizer ran three times:", waitFor(&rearmed, 3))
	settle()
	fmt.Println("and then stopped:", atomic.LoadInt64(&rearmed) == 3)

	fmt.Println("kept objects still not finalized:", atomic.LoadInt64(&count) == 1000)
	runtime.KeepAlive(local)
	runtime.KeepAlive(holder)
}
