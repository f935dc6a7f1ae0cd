// runtime.Caller and Callers name the calling functions, files and lines.
// goji reports the frames of functions not inlined (Go also reports inlined
// ones), hence the //go:noinline below.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%v:%d %v", strings.HasSuffix(file, ".go"), line, ok)
}

type T struct{}

func (T) method() string { return where() }

//go:noinline
func trace() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, f.Function)
		if !more {
			break
		}
	}
	return out
}

//go:noinline
func deep(n int) []string {
	if n == 0 {
		return trace()
	}
	r := deep(n - 1)
	return r
}

func main() {
	fmt.Println(where())
	fmt.Println(T{}.method())
	func() { fmt.Println(where()) }()
	fmt.Println(deep(2)[:4])
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(strings.HasSuffix(file, ".go"), strings.HasPrefix(file, "/"), line, ok)
	_, _, _, ok = runtime.Caller(10)
	fmt.Println(ok)
}
