// The arguments of defer and go statements are evaluated left to right
// into the deferred call's values (gc's wrapping of the call), unlike the
// operands of other statements (evaluation_order.go).
package main

import (
	"fmt"
	"sync"
)

var g = 1

func mod() int { g = 10; return 1 }

type T struct{ v int }

func (t T) show(x int)   { fmt.Println("show", t.v, x) }
func (t *T) pshow(x int) { fmt.Println("pshow", t.v, x) }

var t = T{1}

func bump() int { t.v++; return 0 }

func main() {
	var wg sync.WaitGroup
	defer fmt.Println("deferred", g, mod(), g)
	g = 1
	defer t.show(bump())
	defer t.pshow(bump())
	g = 1
	s := []int{1, 2}
	defer fmt.Println("slice", s[0], g, len(s), append(s, mod()), g)
	g = 1
	wg.Add(1)
	go func(a, b, c int) { fmt.Println("go", a, b, c); wg.Done() }(g, mod(), g)
	wg.Wait()
	g = 1
	defer println("builtin", g, mod(), g)
	g = 1
	ch := make(chan int, 1)
	ch <- 5
	defer fmt.Println("recv", g, <-ch, mod(), g)
}
