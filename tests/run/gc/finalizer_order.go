// Finalizer ordering and resurrection: when A points at B and both have
// finalizers, A's runs first and B's only in a later cycle; a finalizer
// may store its object somewhere reachable, and the object and everything
// it references stay intact.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

type N struct {
	name string
	next *N
	data []string
}

var mu sync.Mutex
var order []string
var revived *N

// sink makes garbage escape to the heap
var sink []*N

func record(n *N) {
	mu.Lock()
	order = append(order, n.name)
	mu.Unlock()
}

func recorded() int {
	mu.Lock()
	defer mu.Unlock()
	return len(order)
}

func waitFor(want int) bool {
	for i := 0; i < 1000; i++ {
		if recorded() >= want {
			return true
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	return false
}

func makeChain() {
	c := &N{name: "C"}
	b := &N{name: "B", next: c}
	a := &N{name: "A", next: b}
	runtime.SetFinalizer(a, record)
	runtime.SetFinalizer(b, record)
	runtime.SetFinalizer(c, record)
}

func makeRevivable() {
	n := &N{name: "phoenix", data: []string{"x", "y", "z"}}
	n.next = &N{name: "tail", data: []string{strings.Repeat("t", 100)}}
	runtime.SetFinalizer(n, func(n *N) {
		mu.Lock()
		revived = n
		order = append(order, "revived "+n.name)
		mu.Unlock()
	})
}

func main() {
	makeChain()
	fmt.Println("chain finalized:", waitFor(3))
	mu.Lock()
	fmt.Println("order:", strings.Join(order, " "))
	order = nil
	mu.Unlock()

	makeRevivable()
	fmt.Println("finalizer ran:", waitFor(1))
	// the revived object survives further collections
	for i := 0; i < 10; i++ {
		sink = make([]*N, 10000)
		runtime.GC()
	}
	mu.Lock()
	r := revived
	mu.Unlock()
	fmt.Println(r.name, r.data, r.next.name, len(r.next.data[0]))

	// its finalizer does not run again once dropped (it was cleared)
	mu.Lock()
	revived = nil
	order = nil
	mu.Unlock()
	r = nil
	for i := 0; i < 20; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("ran again:", recorded() != 0)
}
