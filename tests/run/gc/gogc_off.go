// GOGC=off: no collection runs however much is allocated (unless a
// stress mode forces them), and the program still runs at full speed.
// env: GOGC=off
package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

type node struct {
	next *node
	v    [6]int
}

func main() {
	var keep *node
	total := 0
	for i := 0; i < 1000000; i++ {
		n := &node{v: [6]int{i}}
		if i%1000 == 0 {
			n.next = keep
			keep = n
		}
		total += n.v[0] % 3
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	stressed := strings.Contains(os.Getenv("GODEBUG"), "gcstress")
	fmt.Println("collections before runtime.GC:", ms.NumGC == 0 || stressed)
	fmt.Println("heap holds the garbage:", ms.HeapAlloc >= 50<<20 || stressed)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("after runtime.GC:", ms.NumGC >= 1, ms.HeapAlloc < 8<<20)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	fmt.Println(total, n)
}
