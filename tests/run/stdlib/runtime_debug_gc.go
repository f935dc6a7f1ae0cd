// runtime/debug's collector settings: SetGCPercent and SetMemoryLimit
// return the previous setting, a negative limit only reads it, collection
// turned off starts no cycle (unless a stress mode forces them),
// FreeOSMemory collects and releases pages.
package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink []*[1024]byte

func churn() {
	for i := 0; i < 20000; i++ {
		sink = append(sink, new([1024]byte))
		if len(sink) > 100 {
			sink = sink[:0]
		}
	}
}

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(-20))
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(1 << 30))
	fmt.Println(debug.SetMemoryLimit(-5))
	fmt.Println(debug.SetMemoryLimit(math.MaxInt64))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)

	var ms runtime.MemStats
	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	churn()
	runtime.ReadMemStats(&ms)
	stressed := strings.Contains(os.Getenv("GODEBUG"), "gcstress")
	fmt.Println("no cycle while off:", ms.NumGC == before || stressed)

	debug.SetGCPercent(100)
	sink = nil
	runtime.ReadMemStats(&ms)
	before = ms.NumGC
	debug.FreeOSMemory()
	runtime.ReadMemStats(&ms)
	fmt.Println("cycles:", ms.NumGC-before, "released:", ms.HeapReleased > 0)
}
