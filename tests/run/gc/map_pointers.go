// A map of pointers under churn: insert, delete, re-insert, iterate while
// checking sums; the values are reachable only through the map.
// gcstress: 5000
package main

import (
	"fmt"
	"runtime"
)

type Rec struct {
	id    int
	tags  []string
	child *Rec
}

func newRec(id int) *Rec {
	r := &Rec{id: id, tags: []string{fmt.Sprint("t", id%7), "x"}}
	if id%3 == 0 {
		r.child = &Rec{id: -id}
	}
	return r
}

func check(m map[int]*Rec) (int, bool) {
	sum := 0
	for k, r := range m {
		if r.id != k || len(r.tags) != 2 || r.tags[1] != "x" {
			return 0, false
		}
		if r.tags[0] != fmt.Sprint("t", k%7) {
			return 0, false
		}
		if k%3 == 0 && (r.child == nil || r.child.id != -k) {
			return 0, false
		}
		sum += k
	}
	return sum, true
}

func main() {
	m := make(map[int]*Rec)
	want := 0
	for round := 0; round < 10; round++ {
		for i := 0; i < 20000; i++ {
			k := round*7919 + i
			if _, ok := m[k]; !ok {
				want += k
			}
			m[k] = newRec(k)
		}
		// delete two thirds of the keys
		for k := range m {
			if k%3 != round%3 {
				delete(m, k)
				want -= k
			}
		}
		// re-insert some deleted ones
		for i := 0; i < 5000; i++ {
			k := i * 5
			if _, ok := m[k]; !ok {
				m[k] = newRec(k)
				want += k
			}
		}
		sum, ok := check(m)
		if !ok || sum != want {
			fmt.Println("round", round, "bad map", ok, sum, want)
		}
		if round%3 == 2 {
			runtime.GC()
		}
	}
	fmt.Println("entries:", len(m), "sum:", want)

	// replace every value in place while iterating
	for k := range m {
		m[k] = newRec(k)
	}
	sum, ok := check(m)
	fmt.Println("after replace:", ok, sum == want)

	// a fresh map takes over; the old one becomes garbage
	m2 := make(map[int]*Rec, len(m))
	for k, v := range m {
		if k%2 == 0 {
			m2[k] = v
		}
	}
	m = nil
	runtime.GC()
	s2, ok2 := check(m2)
	fmt.Println("half:", len(m2), s2, ok2)

	// map from pointer keys
	pk := make(map[*Rec]int)
	var keys []*Rec
	for i := 0; i < 30000; i++ {
		r := &Rec{id: i}
		pk[r] = i * 2
		if i%10 == 0 {
			keys = append(keys, r)
		}
	}
	for k := range pk {
		if k.id%10 != 0 {
			delete(pk, k)
		}
	}
	runtime.GC()
	good := len(pk) == len(keys)
	for _, k := range keys {
		if pk[k] != k.id*2 {
			good = false
		}
	}
	fmt.Println("pointer keys:", len(pk), good)
}
