// sort.Stable and sort.SliceStable on large inputs with many ties: order of equal keys is preserved.
package main

import (
	"fmt"
	"sort"
)

type rec struct{ key, seq int }

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func check(rs []rec) (bool, bool) {
	sorted, stable := true, true
	for i := 1; i < len(rs); i++ {
		if rs[i-1].key > rs[i].key {
			sorted = false
		}
		if rs[i-1].key == rs[i].key && rs[i-1].seq > rs[i].seq {
			stable = false
		}
	}
	return sorted, stable
}

func main() {
	for _, n := range []int{0, 1, 19, 20, 21, 100, 1000, 5000} {
		for _, mod := range []int{1, 3, 50} {
			rs := make([]rec, n)
			x := uint32(n*31 + mod)
			for i := range rs {
				x = x*1664525 + 1013904223
				rs[i] = rec{int(x>>8) % mod, i}
			}
			cp := append([]rec(nil), rs...)
			sort.Stable(byKey(rs))
			s1, st1 := check(rs)
			sort.SliceStable(cp, func(i, j int) bool { return cp[i].key < cp[j].key })
			s2, st2 := check(cp)
			same := true
			for i := range rs {
				if rs[i] != cp[i] {
					same = false
				}
			}
			head := rs
			if len(head) > 6 {
				head = head[:6]
			}
			fmt.Printf("n=%d mod=%d: Stable sorted=%v stable=%v; SliceStable sorted=%v stable=%v; same=%v head=%v\n", n, mod, s1, st1, s2, st2, same, head)
		}
	}
}
