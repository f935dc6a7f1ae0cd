// Several goroutines (as many as GOMAXPROCS allows to run at once, and
// more) build and check their own trees and lists at the same time, so
// collections stop goroutines in the middle of building.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Node struct {
	l, r *Node
	id   int
}

func build(d, id int) *Node {
	if d == 0 {
		return &Node{id: id}
	}
	n := &Node{id: id}
	n.l = build(d-1, 2*id)
	n.r = build(d-1, 2*id+1)
	return n
}

func check(n *Node, id int) (int, bool) {
	if n == nil {
		return 0, true
	}
	if n.id != id {
		return 0, false
	}
	a, ok1 := check(n.l, 2*id)
	b, ok2 := check(n.r, 2*id+1)
	return 1 + a + b, ok1 && ok2
}

type Cell struct {
	next *Cell
	val  []int
}

func worker(w int, out chan<- [2]int) {
	keep := build(10, 1) // lives through the whole run
	total, bad := 0, 0
	for round := 0; round < 25; round++ {
		t := build(8+round%4, 1)
		c, ok := check(t, 1)
		if !ok {
			bad++
		}
		total += c
		var head *Cell
		for i := 0; i < 2000; i++ {
			head = &Cell{head, []int{i, w}}
		}
		for c := head; c != nil; c = c.next {
			if c.val[1] != w {
				bad++
				break
			}
		}
		if round%10 == 9 {
			runtime.Gosched()
		}
	}
	if c, ok := check(keep, 1); !ok || c != 2047 {
		bad++
	}
	out <- [2]int{total, bad}
}

func main() {
	const workers = 8
	out := make(chan [2]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			worker(w, out)
		}(w)
	}
	// the main goroutine allocates and collects too
	for i := 0; i < 5; i++ {
		_ = build(12, 1)
		runtime.GC()
	}
	wg.Wait()
	close(out)
	total, bad := 0, 0
	for r := range out {
		total += r[0]
		bad += r[1]
	}
	fmt.Println("nodes checked:", total, "bad:", bad)
}
