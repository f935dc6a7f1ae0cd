// make([]T, n) with a constant size and packed variadic arguments of a
// pointer-free element type live in the frame when their array never
// leaves it; results must be as if they were on the heap.
package main

import (
	"fmt"
	"runtime"
)

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func first(xs ...int) []int { return xs[:1] }

var kept []int

func keep(xs ...int) { kept = xs }

func step(i int) int {
	buf := make([]int, 8)
	for k := range buf {
		buf[k] = i + k
	}
	return buf[i&7]
}

func grow(i int) []int {
	buf := make([]int, 0, 4)
	for k := 0; k < i; k++ {
		buf = append(buf, k)
	}
	return buf
}

func main() {
	t := 0
	for i := 0; i < 1000; i++ {
		t += sum(i, i+1, i+2) + step(i)
	}
	fmt.Println(t)
	var saved [][]int
	for i := 0; i < 3; i++ {
		saved = append(saved, first(i, i*10))
	}
	keep(7, 8, 9)
	runtime.GC()
	fmt.Println(saved, kept, grow(2), grow(6))
	var loop []*[]byte
	for i := 0; i < 3; i++ {
		b := make([]byte, 4)
		b[0] = byte(i)
		loop = append(loop, &b)
	}
	fmt.Println(*loop[0], *loop[1], *loop[2])
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	for i := 0; i < 1000; i++ {
		t += sum(i, 1) + step(i)
	}
	runtime.ReadMemStats(&m)
	fmt.Println(t, m.Mallocs-before < 10)
}
