package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	m[0.0] = 10
	m[math.Copysign(0, -1)] = 20
	fmt.Println(len(m), m[0])
	m[math.Inf(1)] = 7
	sum := 0
	nanCount := 0
	for k, v := range m {
		if k != k {
			nanCount++
		}
		sum += v
	}
	fmt.Println(sum, nanCount)
	delete(m, nan)
	fmt.Println(len(m))
	var keys []float64
	for k := range m {
		if k == k {
			keys = append(keys, k)
		}
	}
	sort.Float64s(keys)
	fmt.Println(keys)
}
