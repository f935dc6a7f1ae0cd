// A finalizer whose parameter is an interface the object's type
// implements: the collector passes the object converted to it.
package main

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

type resource struct{ name string }

func (r *resource) Close() error {
	fmt.Println("close", r.name)
	return nil
}

var done = make(chan bool)

func main() {
	r := &resource{"a"}
	runtime.SetFinalizer(r, func(c io.Closer) {
		c.Close()
		done <- true
	})
	r = nil
	runtime.GC()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		fmt.Println("finalizer did not run")
	}
}
