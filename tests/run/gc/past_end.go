// Empty slices and strings taken at the end of their object (s[len(s):],
// b[len(b):cap(b)] of a full slice) must not point into the next object:
// the collector would take it for a pointer to whatever lives there.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	ptr  **int
	pad  [120]byte
	next *T
}

var ends []interface{}

func main() {
	buf := make([]byte, 128)
	var ts []*T
	freed := 0
	for i := 0; i < 20000; i++ {
		s := string(buf)
		b := make([]byte, 128)
		t := &T{ptr: new(*int)}
		runtime.SetFinalizer(t.ptr, func(**int) { freed++ })
		ts = append(ts, t)
		ends = append(ends, s[len(s):], b[len(b):], b[128:128:128])
	}
	for r := 0; r < 4; r++ {
		runtime.GC()
	}
	n := 0
	for _, e := range ends {
		switch v := e.(type) {
		case string:
			n += len(v)
		case []byte:
			n += len(v) + cap(v)
		}
	}
	fmt.Println(len(ts), len(ends), n, freed)
	runtime.KeepAlive(ts)
}
