// Finalizers with results, which the collector drops: results in
// registers, and results too large for them, which the finalizer stores
// into an area its caller passes (Go's test/mallocfin.go has one).
package main

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

type resource struct{ name string }

func (r *resource) Close() error { return nil }

var done = make(chan string, 8)

func track() {
	a, b, c, d := &resource{"a"}, &resource{"b"}, &resource{"c"}, &resource{"d"}
	runtime.SetFinalizer(a, func(r *resource) [250]int {
		done <- r.name
		return [250]int{7}
	})
	runtime.SetFinalizer(b, func(c io.Closer) (string, [40]*resource, error) {
		done <- c.(*resource).name
		return "x", [40]*resource{}, nil
	})
	runtime.SetFinalizer(c, func(r *resource) (float64, float64, float64, int, int, int, int) {
		done <- r.name
		return 1, 2, 3, 4, 5, 6, 7
	})
	runtime.SetFinalizer(d, func(r *resource) (int, int, int) {
		done <- r.name
		return 1, 2, 3
	})
}

func main() {
	track()
	runtime.GC()
	// The finalizers run in no fixed order: print them sorted.
	got := map[string]bool{}
	for i := 0; i < 4; i++ {
		select {
		case name := <-done:
			got[name] = true
		case <-time.After(10 * time.Second):
			fmt.Println("a finalizer did not run")
		}
	}
	fmt.Println(got["a"], got["b"], got["c"], got["d"])
}
