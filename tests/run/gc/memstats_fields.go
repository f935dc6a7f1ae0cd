// runtime.ReadMemStats: the less central fields and the relations Go
// documents between them (Alloc, Sys, HeapSys, LastGC, EnableGC, PauseNs,
// HeapObjects as Mallocs-Frees, NextGC after a collection). Only boolean
// checks are printed.
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

func all(name string) {
	m := read()
	check(name+": Alloc == HeapAlloc", m.Alloc == m.HeapAlloc)
	check(name+": Mallocs - Frees == HeapObjects", m.Mallocs-m.Frees == m.HeapObjects)
	check(name+": HeapSys >= HeapInuse >= HeapAlloc", m.HeapSys >= m.HeapInuse && m.HeapInuse >= m.HeapAlloc)
	check(name+": Sys >= HeapSys", m.Sys >= m.HeapSys)
	check(name+": TotalAlloc >= HeapAlloc", m.TotalAlloc >= m.HeapAlloc)
}

func main() {
	runtime.GC()
	m0 := read()
	check("LastGC set", m0.LastGC > 0)
	check("EnableGC", m0.EnableGC)
	check("PauseNs of the last cycle", m0.PauseNs[(m0.NumGC+255)%256] > 0)
	check("NextGC above HeapAlloc after GC", m0.NextGC > m0.HeapAlloc)
	all("start")

	for i := 0; i < 100000; i++ {
		sink = append(sink, &Obj{})
	}
	all("allocated")
	runtime.GC()
	all("collected")
	m1 := read()
	check("LastGC advances", m1.LastGC >= m0.LastGC)
	check("NextGC above the live heap", m1.NextGC > m1.HeapAlloc)
	sink = nil
	runtime.GC()
	all("dropped")
	m2 := read()
	check("HeapObjects fall", m2.HeapObjects+90000 <= m1.HeapObjects)
	check("NumGC matches the PauseNs ring", m2.PauseNs[(m2.NumGC+255)%256] > 0)
}
