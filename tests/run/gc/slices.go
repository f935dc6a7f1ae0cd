// Slices of pointers and interfaces grown with append (so their backing
// arrays are reallocated and the old ones become garbage), copied,
// resliced and shrunk.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Item struct {
	id   int
	name string
	next *Item
}

func main() {
	var ptrs []*Item
	var ifs []interface{}
	var strs []string
	var nested [][]*Item
	for i := 0; i < 100000; i++ {
		it := &Item{id: i, name: strconv.Itoa(i)}
		if i > 0 {
			it.next = ptrs[i-1]
		}
		ptrs = append(ptrs, it)
		if i%2 == 0 {
			ifs = append(ifs, it)
		} else {
			ifs = append(ifs, it.name)
		}
		strs = append(strs, "s"+it.name)
		if i%1000 == 0 {
			nested = append(nested, nil)
		}
		nested[len(nested)-1] = append(nested[len(nested)-1], it)
	}
	runtime.GC()
	bad := 0
	for i, p := range ptrs {
		if p.id != i || p.name != strconv.Itoa(i) || (i > 0 && p.next.id != i-1) {
			bad++
		}
		switch v := ifs[i].(type) {
		case *Item:
			if v != p {
				bad++
			}
		case string:
			if v != p.name {
				bad++
			}
		}
		if strs[i] != "s"+p.name {
			bad++
		}
	}
	n := 0
	for _, row := range nested {
		for _, p := range row {
			n += p.id
		}
	}
	fmt.Println("grown:", len(ptrs), len(ifs), len(strs), len(nested), bad, n)

	// the chain through next keeps everything alive from the last item
	last := ptrs[len(ptrs)-1]
	ptrs, ifs, strs, nested = nil, nil, nil, nil
	runtime.GC()
	cnt, sum := 0, 0
	for p := last; p != nil; p = p.next {
		cnt++
		sum += p.id
	}
	fmt.Println("chain:", cnt, sum)

	// keep only a window of a big slice: the subslice keeps the backing array
	big := make([]*Item, 0)
	for i := 0; i < 50000; i++ {
		big = append(big, &Item{id: i})
	}
	window := big[20000:20010]
	big = nil
	runtime.GC()
	s := 0
	for _, p := range window {
		s += p.id
	}
	// appending within the capacity reuses the old array
	window = append(window, &Item{id: -1})
	fmt.Println("window:", len(window), s, cap(window) > 11)

	// copy into a fresh slice and drop the original
	for round := 0; round < 20; round++ {
		src := make([]*Item, 5000)
		for i := range src {
			src[i] = &Item{id: round*5000 + i, name: "r"}
		}
		dst := make([]*Item, 2500)
		copy(dst, src[2500:])
		src = nil
		runtime.GC()
		t := 0
		for _, p := range dst {
			t += p.id
		}
		if t != 2500*(round*5000+2500)+2500*2499/2 {
			fmt.Println("copy round", round, "wrong sum", t)
		}
	}
	fmt.Println("copies ok")

	// shrinking with s = s[:0] and regrowing overwrites old pointers
	buf := make([]*Item, 0, 16)
	tot := 0
	for i := 0; i < 200000; i++ {
		if len(buf) == 16 {
			for _, p := range buf {
				tot += p.id
			}
			buf = buf[:0]
		}
		buf = append(buf, &Item{id: i})
	}
	fmt.Println("reuse:", tot)

	// interface slices of slices and maps
	var mix []interface{}
	for i := 0; i < 30000; i++ {
		switch i % 3 {
		case 0:
			mix = append(mix, []int{i})
		case 1:
			mix = append(mix, map[int]int{i: i})
		default:
			mix = append(mix, [2]string{strconv.Itoa(i), "x"})
		}
	}
	runtime.GC()
	ms := 0
	for i, v := range mix {
		switch x := v.(type) {
		case []int:
			ms += x[0]
		case map[int]int:
			ms += x[i]
		case [2]string:
			k, _ := strconv.Atoi(x[0])
			ms += k
		}
	}
	fmt.Println("mix:", ms)
}
