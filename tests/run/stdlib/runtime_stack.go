// runtime.Stack formats the calling goroutine's trace, or every
// goroutine's, into a buffer; GoroutineProfile records their stacks.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

//go:noinline
func inner(all bool) string {
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, all)
	return string(buf[:n])
}

//go:noinline
func outer() string { return inner(false) }

func main() {
	s := outer()
	lines := strings.Split(s, "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasPrefix(lines[1], "main.inner("), strings.Contains(s, "main.outer("), strings.Contains(s, "main.main("))
	fmt.Println(strings.HasSuffix(s, "\n"), strings.Count(s, "goroutine "))

	short := make([]byte, 10)
	fmt.Println(runtime.Stack(short, false), string(short))

	block := make(chan int)
	done := make(chan bool)
	go func() {
		<-block
		done <- true
	}()
	all := inner(true)
	for i := 0; i < 5000 && !strings.Contains(all, "[chan receive]:"); i++ {
		time.Sleep(time.Millisecond)
		all = inner(true)
	}
	fmt.Println(strings.Count(all, "goroutine "), strings.Contains(all, "\n\ngoroutine "), strings.Contains(all, "[chan receive]:"))

	p := make([]runtime.StackRecord, 1)
	n, ok := runtime.GoroutineProfile(p)
	fmt.Println(n, ok)
	p = make([]runtime.StackRecord, 10)
	n, ok = runtime.GoroutineProfile(p)
	fmt.Println(n, ok, len(p[0].Stack()) > 0)
	fmt.Println(len(p[1].Stack()) > 0, p[2].Stack0[0])
	close(block)
	<-done
}
