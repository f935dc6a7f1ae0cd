// Singly and doubly linked lists, and rings (cyclic garbage), built and
// dropped; a kept list is walked after every round to check nothing it
// reaches was freed or overwritten.
// gcstress: 10000
package main

import (
	"fmt"
	"runtime"
)

type Cell struct {
	next *Cell
	val  int
	name string
}

type DNode struct {
	prev, next *DNode
	data       []int
}

type DList struct {
	head, tail *DNode
	n          int
}

func (l *DList) push(d []int) {
	n := &DNode{prev: l.tail, data: d}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.n++
}

func (l *DList) popFront() *DNode {
	n := l.head
	l.head = n.next
	if l.head == nil {
		l.tail = nil
	} else {
		l.head.prev = nil
	}
	n.next = nil
	l.n--
	return n
}

func makeList(n, seed int) *Cell {
	var head *Cell
	for i := 0; i < n; i++ {
		head = &Cell{next: head, val: seed + i, name: fmt.Sprint("c", i%100)}
	}
	return head
}

func sumList(c *Cell) (int, int) {
	s, l := 0, 0
	for ; c != nil; c = c.next {
		s += c.val + len(c.name)
		l++
	}
	return s, l
}

func makeRing(n int) *Cell {
	first := &Cell{val: 0}
	cur := first
	for i := 1; i < n; i++ {
		cur.next = &Cell{val: i}
		cur = cur.next
	}
	cur.next = first
	return first
}

const MiB = 1 << 20

func heap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func main() {
	kept := makeList(20000, 7)
	ks, kl := sumList(kept)
	fmt.Println("kept:", ks, kl)

	for round := 0; round < 20; round++ {
		l := makeList(10000, round)
		s, n := sumList(l)
		if n != 10000 {
			fmt.Println("bad length", n)
		}
		_ = s
		// rings are cyclic garbage once dropped
		r := makeRing(5000 + round)
		c, steps := r, 0
		for {
			steps++
			c = c.next
			if c == r {
				break
			}
		}
		if steps != 5000+round {
			fmt.Println("bad ring", steps)
		}
		if s2, l2 := sumList(kept); s2 != ks || l2 != kl {
			fmt.Println("kept list damaged in round", round)
		}
	}
	fmt.Println("rounds done")

	// doubly linked queue: push at the back, pop at the front
	var q DList
	popped := 0
	for i := 0; i < 200000; i++ {
		q.push([]int{i, i * 2, i * 3})
		if q.n > 1000 {
			n := q.popFront()
			popped += n.data[0] + n.data[1] + n.data[2]
		}
	}
	back := 0
	for n := q.tail; n != nil; n = n.prev {
		back += n.data[2]
	}
	fmt.Println("queue:", q.n, popped, back)

	base := heap()
	big := makeList(300000, 1)
	peak := heap()
	s, n := sumList(big)
	fmt.Println("big:", s, n)
	if peak < base+300000*32 {
		fmt.Println("peak does not count the big list")
	}
	big = nil
	if r := makeRing(300000); r.next.next.val != 2 {
		fmt.Println("bad ring")
	}
	after := heap()
	if after+300000*32/2 > peak {
		fmt.Println("heap did not fall:", "after", after > base+8*MiB)
	} else {
		fmt.Println("heap fell after dropping: ok")
	}
	fmt.Println(sumList(kept))
}
