// sort.Sort and sort.Slice are not stable: the exact order of equal keys and the number of
// Less/Swap calls are Go's pdqsort's, for many sizes and input patterns.
package main

import (
	"fmt"
	"sort"
)

type rec struct{ key, seq int }

type counted struct {
	r           []rec
	less, swaps int
}

func (c *counted) Len() int { return len(c.r) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.r[i].key < c.r[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.r[i], c.r[j] = c.r[j], c.r[i]
}

func gen(n, pattern int) []rec {
	rs := make([]rec, n)
	x := uint32(n*7 + pattern)
	for i := range rs {
		x = x*1103515245 + 12345
		var k int
		switch pattern {
		case 0:
			k = int(x>>16) % 5 // many ties
		case 1:
			k = i // ascending
		case 2:
			k = n - i // descending
		case 3:
			k = int(x>>16) % 1000 // random
		case 4:
			k = i % 7 // sawtooth
		case 5:
			if i%10 == 0 { // nearly sorted
				k = int(x>>16) % n
			} else {
				k = i
			}
		}
		rs[i] = rec{k, i}
	}
	return rs
}

func sig(rs []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r.seq)
		h *= 1099511628211
	}
	return h
}

func main() {
	for _, n := range []int{5, 12, 13, 40, 50, 100, 1000, 4000} {
		for p := 0; p < 6; p++ {
			c := &counted{r: gen(n, p)}
			sort.Sort(c)
			s := gen(n, p)
			sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
			head := c.r
			if len(head) > 8 {
				head = head[:8]
			}
			fmt.Printf("n=%d p=%d less=%d swaps=%d sig=%x sliceSig=%x head=%v\n", n, p, c.less, c.swaps, sig(c.r), sig(s), head)
		}
	}
	st := &counted{r: gen(1000, 0)}
	sort.Stable(st)
	fmt.Println("stable counts:", st.less, st.swaps, sig(st.r))
}
