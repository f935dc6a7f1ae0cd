// Many goroutines, each holding pointers to heap objects only in its own
// frames, block on channels, a WaitGroup, a Mutex, a Cond and Sleep while
// other goroutines allocate and collect; when they resume their objects
// must be intact. Goroutines that exit leave their objects as garbage.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

type Obj struct {
	id   int
	name string
	kids []*Obj
}

// sink makes garbage escape to the heap (only main writes it)
var sink *Obj

func newObj(id int) *Obj {
	o := &Obj{id: id, name: "o" + strconv.Itoa(id)}
	for k := 0; k < 3; k++ {
		o.kids = append(o.kids, &Obj{id: id*10 + k})
	}
	return o
}

func (o *Obj) ok(id int) bool {
	if o.id != id || o.name != "o"+strconv.Itoa(id) || len(o.kids) != 3 {
		return false
	}
	for k, c := range o.kids {
		if c.id != id*10+k {
			return false
		}
	}
	return true
}

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = newObj(i)
	}
	runtime.GC()
}

func main() {
	const n = 200
	start := make(chan struct{})
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	var bad, good int64
	var resMu sync.Mutex
	report := func(ok bool) {
		resMu.Lock()
		if ok {
			good++
		} else {
			bad++
		}
		resMu.Unlock()
	}

	for g := 0; g < n; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			a := newObj(g)
			s := "str" + strconv.Itoa(g)
			var i interface{} = newObj(g + 1000)
			// the blocking operation depends on g
			switch g % 4 {
			case 0:
				<-start
			case 1:
				mu.Lock()
				for !ready {
					cond.Wait()
				}
				mu.Unlock()
			case 2:
				time.Sleep(time.Duration(5+g%10) * time.Millisecond)
			case 3:
				c := make(chan *Obj)
				go func() {
					<-start
					c <- newObj(g + 2000)
				}()
				b := <-c
				report(b.ok(g + 2000))
			}
			report(a.ok(g) && s == "str"+strconv.Itoa(g) && i.(*Obj).ok(g+1000))
		}(g)
	}

	for i := 0; i < 5; i++ {
		churn(2000)
		time.Sleep(time.Millisecond)
	}
	close(start)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("resumed goroutines:", good, "bad:", bad)

	// goroutines exiting: what they held becomes garbage
	var ms runtime.MemStats
	results := make(chan int, 100)
	for round := 0; round < 5; round++ {
		for g := 0; g < 100; g++ {
			go func(g int) {
				objs := make([]*Obj, 0, 100)
				for k := 0; k < 100; k++ {
					objs = append(objs, newObj(k))
				}
				t := 0
				for _, o := range objs {
					t += o.kids[2].id
				}
				results <- t
			}(g)
		}
		sum := 0
		for g := 0; g < 100; g++ {
			sum += <-results
		}
		if sum != 100*(100*99/2*10+2*100) {
			fmt.Println("round", round, "wrong sum", sum)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("heap small after goroutines exit:", ms.HeapAlloc < 16<<20)
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
