// sort.Slice and sort.SliceStable: stability by key, struct slices, SliceIsSorted, wrong-type panic.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}, {"frank", 30},
		{"grace", 25}, {"heidi", 35}, {"ivan", 30}, {"judy", 25}, {"ken", 40}, {"leo", 30}, {"mia", 25}}
	stable := append([]person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].age < stable[j].age })
	fmt.Println(stable)
	fmt.Println(sort.SliceIsSorted(stable, func(i, j int) bool { return stable[i].age < stable[j].age }))
	byName := append([]person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].name > byName[j].name })
	fmt.Println(byName)
	keys := make([]int, 300)
	for i := range keys {
		keys[i] = (i * 7919) % 10
	}
	idx := make([]int, 300)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	ok := true
	for i := 1; i < len(idx); i++ {
		if keys[idx[i-1]] == keys[idx[i]] && idx[i-1] > idx[i] {
			ok = false
		}
	}
	fmt.Println("stable order kept:", ok, idx[:12])
	strs := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	sort.SliceStable(strs, func(i, j int) bool { return len(strs[i]) < len(strs[j]) })
	fmt.Println(strs)
	arr := []int{}
	sort.Slice(arr, func(i, j int) bool { return true })
	fmt.Println(arr, sort.SliceIsSorted(arr, func(i, j int) bool { return true }))
	one := []float64{1}
	sort.Slice(one, func(i, j int) bool { return one[i] < one[j] })
	fmt.Println(one)
	u8 := []uint8{200, 3, 100, 0, 255}
	sort.Slice(u8, func(i, j int) bool { return u8[i] < u8[j] })
	fmt.Println(u8)
	ptrs := []*person{{"z", 1}, {"y", 2}, {"x", 3}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].name < ptrs[j].name })
	fmt.Println(ptrs[0].name, ptrs[1].name, ptrs[2].name)
}
