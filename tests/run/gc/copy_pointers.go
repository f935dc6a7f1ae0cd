// Pointers moved by the runtime rather than by plain stores: overlapping
// copy() of pointer slices in both directions, append(s, s...), array and
// struct values assigned whole, map growth moving pointer-holding entries,
// strings and slices copied through interfaces; collections in between.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type P struct{ v int }

type Group struct {
	head  *P
	items [8]*P
	label string
	more  []*P
}

// sink makes garbage escape to the heap
var sink *P
var sinkS []*P

func mk(n, base int) []*P {
	s := make([]*P, n)
	for i := range s {
		s[i] = &P{base + i}
	}
	return s
}

func sum(s []*P) int {
	t := 0
	for _, p := range s {
		if p != nil {
			t += p.v
		}
	}
	return t
}

func garbage() {
	for i := 0; i < 3000; i++ {
		sink = &P{i}
		sinkS = make([]*P, 16)
	}
	runtime.GC()
}

func main() {
	// overlapping copy forward and backward
	s := mk(10000, 0)
	copy(s[1:], s[:9999]) // shift right by one: s[0] duplicated
	garbage()
	fmt.Println("shift right:", s[0].v, s[1].v, s[9999].v, sum(s))
	s = mk(10000, 0)
	copy(s, s[5000:]) // the first half now points to the second half's objects
	s = s[:5000]      // only the first half remains visible
	garbage()
	fmt.Println("shift left:", s[0].v, s[4999].v, sum(s))

	// append a slice to itself, repeatedly
	t := mk(3, 1)
	for i := 0; i < 12; i++ {
		t = append(t, t...)
		garbage()
	}
	fmt.Println("self append:", len(t), sum(t))

	// whole-array and whole-struct assignment
	var groups [50]Group
	for round := 0; round < 5; round++ {
		for i := range groups {
			var g Group
			g.head = &P{i}
			for k := range g.items {
				g.items[k] = &P{round*100 + k}
			}
			g.label = "g" + strconv.Itoa(i)
			g.more = mk(4, i)
			groups[i] = g // struct copy with pointers
		}
		arr := groups[3].items // array value copy
		groups[4].items = arr
		garbage()
	}
	gs := 0
	for _, g := range groups {
		gs += g.head.v + sum(g.items[:]) + sum(g.more) + len(g.label)
	}
	fmt.Println("struct copies:", gs)

	// map growth moves entries holding pointers
	m := make(map[int]Group)
	for i := 0; i < 5000; i++ {
		var g Group
		g.head = &P{i}
		g.items[7] = &P{-i}
		g.label = strconv.Itoa(i)
		m[i] = g
		if i%1000 == 0 {
			garbage()
		}
	}
	garbage()
	bad := 0
	for k, g := range m {
		if g.head.v != k || g.items[7].v != -k || g.label != strconv.Itoa(k) {
			bad++
		}
	}
	fmt.Println("map entries moved:", len(m), bad)

	// values copied into and out of interfaces
	var ifs []interface{}
	for i := 0; i < 2000; i++ {
		var g Group
		g.items[0] = &P{i}
		g.label = strconv.Itoa(i)
		ifs = append(ifs, g, [2]*P{&P{i}, &P{i + 1}})
	}
	garbage()
	is := 0
	for _, x := range ifs {
		switch v := x.(type) {
		case Group:
			is += v.items[0].v
		case [2]*P:
			is += v[0].v + v[1].v
		}
	}
	fmt.Println("through interfaces:", is)

	// multiple assignment and swaps of pointer slices
	a, b := mk(1000, 0), mk(1000, 1000)
	for i := 0; i < 100; i++ {
		a, b = b, a
		a[i], b[i] = b[i], a[i]
	}
	garbage()
	fmt.Println("swaps:", sum(a), sum(b))
}
