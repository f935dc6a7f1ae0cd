// Maps keyed by integral float64 values, alone or inside arrays, structs
// and interfaces: the keys' hashes must spread over the slots (they once
// all fell into one probe cluster, and 300 000 keys took minutes).
// gcstress: 20000
package main

import "fmt"

type point struct {
	name string
	x    float64
}

func main() {
	const n = 300000
	floats := map[float64]int{}
	pairs := map[[2]float64]int{}
	points := map[point]int{}
	boxed := map[interface{}]int{}
	for i := 0; i < n; i++ {
		f := float64(i)
		floats[f] = i
		pairs[[2]float64{f, f * 2}] = i
		points[point{"p", f * 1024}] = i
		boxed[f] = i
	}
	fmt.Println(len(floats), len(pairs), len(points), len(boxed))
	fmt.Println(floats[12345], pairs[[2]float64{777, 1554}], points[point{"p", 1024 * 99}], boxed[float64(n-1)])
	delete(floats, 5)
	_, ok := floats[5]
	fmt.Println(len(floats), ok, floats[-0.0], floats[0])
}
