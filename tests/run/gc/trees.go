// Binary trees built, checked and dropped many times; a long-lived tree
// survives every cycle. runtime.ReadMemStats after runtime.GC() bounds the
// heap by the live trees, and the heap shrinks once a big tree is dropped.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	left, right *Node
	val         int
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{val: val}
	}
	return &Node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func (n *Node) count() int {
	if n == nil {
		return 0
	}
	return 1 + n.left.count() + n.right.count()
}

const MiB = 1 << 20

func heap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func nodes(depth int) uint64 { return uint64(1)<<uint(depth+1) - 1 }

func main() {
	base := heap()
	long := build(14, 1)
	longSum := long.sum()
	fmt.Println("long-lived:", long.count(), longSum)

	// many short-lived trees
	total := 0
	for i := 0; i < 40; i++ {
		t := build(12, i)
		total += t.sum() % 1000003
	}
	fmt.Println("short-lived total:", total)

	// the heap holds the long-lived tree and not much more
	h := heap()
	live := nodes(14) * 24
	if h < base+live/2 || h > base+2*live+8*MiB {
		fmt.Println("heap after short-lived trees out of range:", h-base, "live", live)
	} else {
		fmt.Println("heap bounded by live trees: ok")
	}
	runtime.KeepAlive(long)

	// a big tree: the peak
	big := build(18, 3)
	peak := heap()
	bigLive := nodes(18) * 24
	if peak < base+bigLive {
		fmt.Println("peak does not count the big tree")
	} else {
		fmt.Println("peak counts the big tree: ok")
	}
	fmt.Println("big:", big.count(), big.sum())
	big = nil
	after := heap()
	if after > peak-bigLive/2 {
		fmt.Println("heap did not fall after dropping the big tree")
	} else {
		fmt.Println("heap fell after dropping the big tree: ok")
	}

	// replacing the long-lived tree repeatedly
	for i := 0; i < 8; i++ {
		long = build(15, i)
		if long.count() != int(nodes(15)) {
			fmt.Println("bad count")
		}
	}
	h = heap()
	if h > base+2*nodes(15)*24+8*MiB {
		fmt.Println("heap after replacing out of range")
	} else {
		fmt.Println("heap after replacing: ok")
	}
	fmt.Println("final:", long.sum())
	runtime.KeepAlive(long)
}
