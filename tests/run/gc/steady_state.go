// A constant live set (a table of small objects and a few trees) while
// tens of MiB of garbage churn through; after each round, runtime.GC() and
// ReadMemStats show the heap bounded by the live set, and the table is
// checked for damage.
// gcstress: 20000
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

const MiB = 1 << 20

type Item struct {
	key   string
	value int
	next  *Item
	extra []byte
}

type Tree struct {
	l, r *Tree
	v    int
}

// sink makes garbage escape to the heap
var sink []*Item

func tree(d, v int) *Tree {
	if d == 0 {
		return &Tree{v: v}
	}
	return &Tree{tree(d-1, 2*v), tree(d-1, 2*v+1), v}
}

func (t *Tree) sum() int {
	if t == nil {
		return 0
	}
	return t.v + t.l.sum() + t.r.sum()
}

func item(i, round int) *Item {
	return &Item{key: "k" + strconv.Itoa(i), value: i + round, extra: make([]byte, 16)}
}

type rng uint64

func (r *rng) next() int {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return int(*r >> 1)
}

func main() {
	const live = 50000
	table := make([]*Item, live)
	for i := range table {
		table[i] = item(i, 0)
	}
	trees := []*Tree{tree(12, 1), tree(12, 2), tree(12, 3)}
	treeSum := 0
	for _, t := range trees {
		treeSum += t.sum()
	}

	// a rough size of the live set: items (48 B) + their extra (16 B) +
	// their key (<= 8 B) + the table, and 3 trees of 8191 nodes of 24 B
	liveBytes := uint64(live*(48+16+8+8) + 3*8191*24)

	var r rng = 88172645463325252
	maxOver := uint64(0)
	bounded := true
	for round := 1; round <= 10; round++ {
		// churn: replace random table entries and allocate garbage
		for k := 0; k < 60000; k++ {
			i := r.next() % live
			table[i] = item(i, round)
			if k%4 == 0 {
				g := make([]*Item, 8)
				g[0] = table[i]
				sink = g
			}
		}
		// rebuild one tree per round
		trees[round%3] = tree(12, round%3+1)

		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > 2*liveBytes+8*MiB {
			bounded = false
		}
		if ms.HeapAlloc > liveBytes && ms.HeapAlloc-liveBytes > maxOver {
			maxOver = ms.HeapAlloc - liveBytes
		}
		if ms.HeapAlloc < liveBytes/2 {
			fmt.Println("round", round, ": heap smaller than the live set")
		}

		// the table and the trees are intact
		for i, it := range table {
			if it.key != "k"+strconv.Itoa(i) || it.value < i || it.value > i+round || len(it.extra) != 16 {
				fmt.Println("round", round, ": damaged item", i)
				break
			}
		}
		ts := 0
		for _, t := range trees {
			ts += t.sum()
		}
		if ts != treeSum {
			fmt.Println("round", round, ": damaged trees")
		}
	}
	fmt.Println("heap bounded in every round:", bounded)
	fmt.Println("overshoot under 8 MiB + live:", maxOver < liveBytes+8*MiB)
	cs := 0
	for _, it := range table {
		cs += it.value
	}
	fmt.Println("checksum:", cs)
}
