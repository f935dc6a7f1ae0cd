// runtime.ReadMemStats: NumGC, Mallocs, Frees, HeapObjects, HeapAlloc,
// TotalAlloc, NextGC and PauseTotalNs move as Go documents. Only boolean
// checks are printed; the figures themselves vary from run to run.
package main

import (
	"fmt"
	"runtime"
)

type Obj struct {
	p    *Obj
	vals [6]int
}

var sink []*Obj
var garbage []byte

func read() runtime.MemStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

func check(name string, ok bool) {
	if ok {
		fmt.Println(name+":", "ok")
	} else {
		fmt.Println(name+":", "FAILED")
	}
}

func main() {
	runtime.GC()
	m0 := read()
	check("NumGC counts runtime.GC", m0.NumGC >= 1)
	check("PauseTotalNs > 0", m0.PauseTotalNs > 0)
	check("HeapObjects > 0", m0.HeapObjects > 0)
	check("NextGC > 0", m0.NextGC > 0)
	check("Mallocs >= Frees", m0.Mallocs >= m0.Frees)
	check("TotalAlloc >= HeapAlloc", m0.TotalAlloc >= m0.HeapAlloc)

	// allocate 20 000 objects of 56 bytes and keep them
	for i := 0; i < 20000; i++ {
		sink = append(sink, &Obj{})
	}
	m1 := read()
	check("Mallocs grows by the allocations", m1.Mallocs-m0.Mallocs >= 20000)
	check("TotalAlloc grows by the bytes", m1.TotalAlloc-m0.TotalAlloc >= 20000*56)
	check("HeapAlloc grows", m1.HeapAlloc > m0.HeapAlloc)

	runtime.GC()
	m2 := read()
	check("NumGC increases after runtime.GC", m2.NumGC > m1.NumGC)
	check("PauseTotalNs does not decrease", m2.PauseTotalNs >= m1.PauseTotalNs)
	check("live objects counted", m2.HeapObjects >= 20000)
	check("live bytes counted", m2.HeapAlloc >= 20000*56)
	check("TotalAlloc never decreases", m2.TotalAlloc >= m1.TotalAlloc)

	// drop them: HeapObjects and HeapAlloc fall, Frees grows
	sink = nil
	runtime.GC()
	m3 := read()
	check("Frees grows after dropping", m3.Frees-m2.Frees >= 15000)
	check("HeapObjects falls", m3.HeapObjects+15000 <= m2.HeapObjects)
	check("HeapAlloc falls", m3.HeapAlloc+15000*56 <= m2.HeapAlloc)
	check("Mallocs >= Frees after frees", m3.Mallocs >= m3.Frees)

	// ten explicit collections: NumGC grows by at least ten
	before := read().NumGC
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
	check("ten collections counted", read().NumGC-before >= 10)

	// allocating about 64 MiB of garbage triggers collections by itself
	before = read().NumGC
	total := read().TotalAlloc
	for i := 0; i < 64*1024; i++ {
		garbage = make([]byte, 1024)
		garbage[0] = byte(i)
	}
	m4 := read()
	check("automatic collections happen", m4.NumGC > before)
	check("TotalAlloc counts garbage", m4.TotalAlloc-total >= 64<<20)
	check("heap stays small while allocating garbage", m4.HeapAlloc < 32<<20)
}
