// churn: a collector benchmark. A table keeps ~200 000 small objects live
// while N million more are allocated, each replacing a random entry, so the
// collector runs many cycles over a constant live set of small, pointer-
// holding objects. Argument: millions of objects to allocate (default 50).
// Prints only a checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const live = 200000

type Obj struct {
	id   int
	next *Obj // points to another live object part of the time
	val  uint32
	tag  byte
}

func main() {
	millions := 50
	if len(os.Args) > 1 {
		millions, _ = strconv.Atoi(os.Args[1])
	}
	total := millions * 1000000

	table := make([]*Obj, live)
	for i := range table {
		table[i] = &Obj{id: i, val: uint32(i)}
	}

	x := uint64(0x9E3779B97F4A7C15)
	var sum uint64
	for n := 0; n < total; n++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		i := int(x % live)
		old := table[i]
		sum += uint64(old.val) + uint64(old.tag)
		o := &Obj{id: n, val: uint32(x >> 40), tag: byte(n)}
		if n&3 == 0 {
			o.next = table[int((x>>20)%live)]
		}
		table[i] = o
	}

	for _, o := range table {
		sum += uint64(o.id) ^ uint64(o.val)
		if o.next != nil {
			sum += uint64(o.next.tag)
		}
	}
	fmt.Println(sum)
}
