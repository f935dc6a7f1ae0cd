package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	seen := 0
	for k := range m {
		delete(m, k)
		if k%2 == 0 {
			delete(m, k+1)
		}
		seen++
	}
	fmt.Println(len(m), seen <= 100, seen >= 50)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k, v := range m2 {
		if v%2 == 0 {
			delete(m2, k)
		}
	}
	var keys []string
	for k := range m2 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(m2))
	delete(m2, "zzz")
	var nilm map[string]int
	delete(nilm, "x")
	fmt.Println(len(nilm), nilm["q"])
}
