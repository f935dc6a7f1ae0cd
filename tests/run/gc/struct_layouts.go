// Structs mixing scalar and pointer fields in every order (pointers after
// scalars, after small fields, after arrays), arrays of such structs, and
// arrays nested inside structs; the pointer fields are the only references
// to their targets.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Leaf struct {
	v int
}

type A struct {
	x    int64
	b    byte
	p    *Leaf
	f    float64
	s    string
	u    uint16
	q    *Leaf
	arr  [3]int
	sl   []*Leaf
	flag bool
	i    interface{}
}

type Inner struct {
	n    int32
	ptrs [4]*Leaf
	pad  [5]byte
}

type B struct {
	head  int
	rows  [3]Inner
	tail  *Leaf
	grid  [2][3]*Leaf
	names [2]string
	m     map[int]*Leaf
}

// the sinks make garbage escape to the heap
var sinkB []byte
var sinkA A

func leaf(v int) *Leaf { return &Leaf{v} }

func newA(i int) A {
	return A{
		x: int64(i), b: byte(i), p: leaf(i), f: float64(i) / 2, s: strconv.Itoa(i),
		u: uint16(i), q: leaf(-i), arr: [3]int{i, i, i}, sl: []*Leaf{leaf(i * 2)},
		flag: i%2 == 0, i: leaf(i * 3),
	}
}

func checkA(a *A, i int) bool {
	return a.x == int64(i) && a.b == byte(i) && a.p.v == i && a.f == float64(i)/2 &&
		a.s == strconv.Itoa(i) && a.u == uint16(i) && a.q.v == -i && a.arr[2] == i &&
		a.sl[0].v == i*2 && a.flag == (i%2 == 0) && a.i.(*Leaf).v == i*3
}

func newB(i int) *B {
	b := &B{head: i, tail: leaf(i + 7), m: map[int]*Leaf{i: leaf(i)}}
	for r := range b.rows {
		b.rows[r].n = int32(r)
		for k := range b.rows[r].ptrs {
			b.rows[r].ptrs[k] = leaf(i*100 + r*10 + k)
		}
	}
	for r := 0; r < 2; r++ {
		for c := 0; c < 3; c++ {
			b.grid[r][c] = leaf(r*3 + c)
		}
	}
	b.names = [2]string{"n" + strconv.Itoa(i), strconv.Itoa(-i)}
	return b
}

func checkB(b *B, i int) bool {
	if b.head != i || b.tail.v != i+7 || b.m[i].v != i {
		return false
	}
	for r := range b.rows {
		if b.rows[r].n != int32(r) {
			return false
		}
		for k, p := range b.rows[r].ptrs {
			if p.v != i*100+r*10+k {
				return false
			}
		}
	}
	for r := 0; r < 2; r++ {
		for c := 0; c < 3; c++ {
			if b.grid[r][c].v != r*3+c {
				return false
			}
		}
	}
	return b.names[0] == "n"+strconv.Itoa(i) && b.names[1] == strconv.Itoa(-i)
}

var global [500]A

func main() {
	// a heap array of structs
	arr := new([2000]A)
	for round := 0; round < 10; round++ {
		for i := range arr {
			if i%10 == round {
				arr[i] = newA(i)
			}
		}
		sinkB = make([]byte, 1<<16)
	}
	runtime.GC()
	bad := 0
	for i := range arr {
		if !checkA(&arr[i], i) {
			bad++
		}
	}
	fmt.Println("heap array:", bad)

	// a global array of structs
	for i := range global {
		global[i] = newA(i)
	}
	for i := 0; i < 2000; i++ {
		sinkA = newA(i)
	}
	runtime.GC()
	bad = 0
	for i := range global {
		if !checkA(&global[i], i) {
			bad++
		}
	}
	fmt.Println("global array:", bad)

	// a slice of structs grown by append (copied on every growth)
	var sl []A
	for i := 0; i < 10000; i++ {
		sl = append(sl, newA(i))
	}
	runtime.GC()
	bad = 0
	for i := range sl {
		if !checkA(&sl[i], i) {
			bad++
		}
	}
	fmt.Println("slice of structs:", len(sl), bad)

	// nested arrays inside structs
	var bs []*B
	for i := 0; i < 3000; i++ {
		bs = append(bs, newB(i))
		if i%2 == 1 {
			bs[i-1] = newB(i - 1) // replace: the old one becomes garbage
		}
	}
	runtime.GC()
	bad = 0
	for i, b := range bs {
		if !checkB(b, i) {
			bad++
		}
	}
	fmt.Println("nested arrays:", len(bs), bad)

	// struct values copied out and back
	var local [50]B
	for i := range local {
		local[i] = *newB(i)
	}
	runtime.GC()
	bad = 0
	for i := range local {
		c := local[i]
		if !checkB(&c, i) {
			bad++
		}
	}
	fmt.Println("copied structs:", bad)
}
