// Inserts, deletes, lookups, clears and ranges (with deletions and inserts
// during the range) on maps that grow and shrink, checked against a model.
package main

import (
	"fmt"
	"strconv"
)

var seed uint32 = 12345

func rand(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func main() {
	m := map[int]int{}
	s := map[string]int{}
	model := make([]int, 5000) // 0: absent, else value
	errors := 0
	for round := 0; round < 200000; round++ {
		k := rand(len(model))
		switch op := rand(10); {
		case op < 5:
			v := rand(1000) + 1
			m[k] = v
			s[strconv.Itoa(k)] = v
			model[k] = v
		case op < 8:
			delete(m, k)
			delete(s, strconv.Itoa(k))
			model[k] = 0
		default:
			v, ok := m[k]
			w, ok2 := s[strconv.Itoa(k)]
			if ok != (model[k] != 0) || v != model[k] || ok2 != ok || w != v {
				errors++
			}
		}
		if round%50000 == 49999 {
			n := 0
			for i := range model {
				if model[i] != 0 {
					n++
				}
			}
			if len(m) != n || len(s) != n {
				errors++
			}
		}
	}
	// A range that deletes every other key it sees: each key is produced at
	// most once and deleted keys not yet reached are not produced.
	fmt.Println(len(m), len(s))
	seen := map[int]bool{}
	deleted := map[int]bool{}
	for k := range m {
		if seen[k] || deleted[k] {
			errors++
		}
		seen[k] = true
		if k%2 == 0 {
			for j := k + 1; j < k+40; j++ {
				if _, ok := m[j]; ok && !seen[j] {
					delete(m, j)
					deleted[j] = true
				}
			}
		}
	}
	// A range that inserts enough keys to grow the map many times.
	before := len(s)
	produced := 0
	for k := range s {
		produced++
		if produced == 1 {
			for i := 0; i < 20000; i++ {
				s["new"+strconv.Itoa(i)+k] = i
			}
		}
	}
	if produced < before || produced > before+20000 {
		errors++
	}
	sum := 0
	for k, v := range m {
		sum += k * v
	}
	fmt.Println(len(s), errors)
	for k := range s {
		delete(s, k)
	}
	fmt.Println(len(s), sum > 0)
	type key struct {
		a int8
		b string
	}
	st := map[key][]int{}
	for i := 0; i < 3000; i++ {
		kk := key{int8(i), strconv.Itoa(i % 700)}
		st[kk] = append(st[kk], i)
	}
	total := 0
	for _, v := range st {
		total += len(v)
	}
	fmt.Println(len(st), total)
}
