// Timers whose callback closures hold the only reference to heap data:
// time.AfterFunc, time.NewTimer, time.After and a Ticker, with the
// collector running while they are pending.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

type Job struct {
	id   int
	name string
	data []int
}

// sink makes garbage escape to the heap; garbage runs in several goroutines
var sinkMu sync.Mutex
var sink []*Job

func schedule(n int, results chan<- string) {
	for i := 0; i < n; i++ {
		j := &Job{id: i, name: "job" + strconv.Itoa(i), data: make([]int, 100)}
		j.data[99] = i
		// the closure is the only holder of j
		time.AfterFunc(time.Duration(1+i%20)*time.Millisecond, func() {
			results <- j.name + "=" + strconv.Itoa(j.data[99])
		})
	}
}

func garbage() {
	for i := 0; i < 200; i++ {
		g := make([]*Job, 64)
		sinkMu.Lock()
		sink = g
		sinkMu.Unlock()
	}
}

func main() {
	const n = 200
	results := make(chan string, n)
	schedule(n, results)
	for i := 0; i < 5; i++ {
		garbage()
		runtime.GC()
	}
	var got []string
	for i := 0; i < n; i++ {
		got = append(got, <-results)
	}
	sort.Strings(got)
	bad := 0
	for _, g := range got {
		var id, v int
		if k, err := fmt.Sscanf(g, "job%d=%d", &id, &v); k != 2 || err != nil || id != v {
			bad++
		}
	}
	fmt.Println("afterfunc:", len(got), bad, got[0], got[len(got)-1])

	// stopped timers: their closures never run, and become garbage
	var stopped int
	for i := 0; i < 1000; i++ {
		big := make([]byte, 10000)
		t := time.AfterFunc(time.Hour, func() { big[0] = 1 })
		if t.Stop() {
			stopped++
		}
	}
	runtime.GC()
	fmt.Println("stopped:", stopped)

	// NewTimer and Reset with a value delivered through a goroutine
	var wg sync.WaitGroup
	out := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		t := time.NewTimer(time.Duration(i%5+1) * time.Millisecond)
		box := &Job{id: i * i}
		go func(i int) {
			defer wg.Done()
			<-t.C
			out[i] = box.id
		}(i)
	}
	garbage()
	runtime.GC()
	wg.Wait()
	s := 0
	for _, v := range out {
		s += v
	}
	fmt.Println("timers:", s)

	// time.After in a select with allocation in between
	got2 := 0
	for i := 0; i < 20; i++ {
		c := make(chan *Job, 1)
		go func(i int) {
			garbage()
			c <- &Job{id: i}
		}(i)
		select {
		case j := <-c:
			got2 += j.id
		case <-time.After(10 * time.Second):
			fmt.Println("timeout")
		}
	}
	fmt.Println("after:", got2)

	// a ticker whose receiver allocates
	tk := time.NewTicker(time.Millisecond)
	var kept []*Job
	for i := 0; i < 10; i++ {
		<-tk.C
		kept = append(kept, &Job{id: i, name: strconv.Itoa(i)})
		garbage()
	}
	tk.Stop()
	runtime.GC()
	ks := ""
	for _, k := range kept {
		ks += k.name
	}
	fmt.Println("ticker:", ks)
}
