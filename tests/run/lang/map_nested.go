package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := m[a]
		if !ok {
			inner = map[string]int{}
			m[a] = inner
		}
		inner[b] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 4)
	fmt.Println(m)
	fmt.Println(m["x"]["p"], m["z"]["p"], len(m["z"]))
	graph := map[int][]int{}
	edges := [][2]int{{1, 2}, {1, 3}, {2, 3}, {3, 1}}
	for _, e := range edges {
		graph[e[0]] = append(graph[e[0]], e[1])
	}
	fmt.Println(graph)
	var ks []int
	for k := range graph {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		fmt.Println(k, graph[k], len(graph[k]))
	}
	ms := map[string][]string{}
	ms["a"] = append(ms["a"], "1")
	ms["a"] = append(ms["a"], "2")
	s := ms["a"]
	s[0] = "changed"
	fmt.Println(ms)
	mm := map[[2]int]map[bool]string{{1, 1}: {true: "t"}}
	fmt.Println(mm[[2]int{1, 1}][true], mm[[2]int{0, 1}][true] == "")
}
