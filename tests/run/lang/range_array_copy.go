// Ranging over an array value iterates over a copy made before the loop:
// writes to the array during the loop are not seen, and the copy keeps
// what it points to alive through collections. Large arrays are copied in
// memory: one held as values across the allocation of its copy's home was
// one statepoint operand per pointer, and instruction selection is
// quadratic in those. A pointer-free array of 2 000 ints is too large to
// copy as values at all.
package main

import (
	"fmt"
	"runtime"
)

type node struct{ v int }

type cell struct {
	p     *node
	items [8]*node
	name  string
	more  []*node
}

func count(s []*node) int {
	t := 0
	for _, p := range s {
		if p != nil {
			t += p.v
		}
	}
	return t
}

var sink []*node

func churn() {
	for i := 0; i < 2000; i++ {
		sink = append(sink[:0], &node{i})
	}
	runtime.GC()
}

func main() {
	var ptrs [1000]*node
	for i := range ptrs {
		ptrs[i] = &node{i}
	}
	sum := 0
	for i, p := range ptrs {
		if i < len(ptrs)-1 {
			ptrs[i+1] = nil // not seen: the loop reads its copy
		}
		if i%250 == 0 {
			churn()
		}
		sum += p.v
	}
	fmt.Println("pointers:", sum, ptrs[1] == nil, ptrs[0].v)

	var cells [60]cell
	for i := range cells {
		cells[i] = cell{p: &node{i * 2}, name: fmt.Sprint("c", i), more: []*node{{i}}}
		cells[i].items[i%8] = &node{i}
	}
	total, names := 0, 0
	for _, c := range cells {
		cells[59] = cell{}
		churn()
		total += c.p.v + count(c.items[:]) + count(c.more)
		names += len(c.name)
	}
	fmt.Println("structs:", total, names, cells[59].p == nil)

	var nums [2000]int
	for i := range nums {
		nums[i] = i
	}
	s := 0
	for i, v := range nums {
		nums[len(nums)-1-i] = 0
		s += v
	}
	fmt.Println("ints:", s)

	pa := &ptrs
	n := 0
	for _, p := range pa { // through a pointer: no copy, writes are seen
		if p != nil {
			n++
		}
	}
	fmt.Println("through pointer:", n)
}
