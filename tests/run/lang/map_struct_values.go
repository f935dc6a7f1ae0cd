package main

import "fmt"

type Acc struct {
	N   int
	Sum float64
}

func main() {
	m := map[string]Acc{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		a := m[w]
		a.N++
		a.Sum += 1.5
		m[w] = a
	}
	fmt.Println(m)
	pm := map[string]*Acc{}
	for _, w := range []string{"a", "b", "a"} {
		if pm[w] == nil {
			pm[w] = &Acc{}
		}
		pm[w].N++
	}
	fmt.Println(pm["a"].N, pm["b"].N)
	am := map[int][2]int{}
	v := am[1]
	v[0] = 5
	am[1] = v
	fmt.Println(am)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
}
