// A Pool used by one goroutine hands items back as one P's pool of Go's
// does: the first item put stays private and comes back first, the others
// most recent first. fmt's printers come from such a pool, so a Formatter
// printing inside Format leaves the next Println a printer with no width.
package main

import (
	"fmt"
	"sync"
)

type T int

func (T) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	fmt.Fprintf(f, "w=%d %v", w, ok)
}

func main() {
	p := sync.Pool{New: func() any { return "new" }}
	p.Put("a")
	p.Put("b")
	p.Put("c")
	for i := 0; i < 4; i++ {
		fmt.Print(p.Get(), " ")
	}
	fmt.Println()
	p.Put("d")
	fmt.Println(p.Get(), p.Get())
	var q sync.Pool
	fmt.Println(q.Get())
	q.Put(nil)
	fmt.Println(q.Get())

	fmt.Printf("%7v\n", T(0))
	fmt.Println(T(0))
	fmt.Printf("[%-4v] [%v]\n", T(1), T(2))
}
