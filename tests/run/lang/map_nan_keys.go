// NaN map keys: each insert adds an entry, which no lookup or delete
// finds; iteration produces them all even when the map grows during the
// range loop, alone or inside struct and interface keys; many of them
// spread over the table (their hashes are random, as Go's).
package main

import (
	"fmt"
	"math"
)

type key struct {
	name string
	f    float64
}

func countNaNsWhileGrowing() (int, int) {
	m := map[float64]int{}
	for i := 0; i < 5; i++ {
		m[math.NaN()] = i
	}
	m[1] = 100
	seen, sum, grown := 0, 0, false
	for k, v := range m {
		if !grown {
			grown = true
			for j := 0; j < 1000; j++ {
				m[float64(j+10)] = j
			}
		}
		if k != k {
			seen++
			sum += v
		}
	}
	return seen, sum
}

func structAndIfaceKeys() (int, int) {
	s := map[key]int{}
	e := map[interface{}]int{}
	for i := 0; i < 3; i++ {
		s[key{"n", math.NaN()}] = i
		e[math.NaN()] = i
	}
	s[key{"one", 1}] = 1
	e["one"] = 1
	sNaN, eNaN := 0, 0
	grown := false
	for k := range s {
		if !grown {
			grown = true
			for j := 0; j < 500; j++ {
				s[key{"x", float64(j)}] = j
			}
		}
		if k.f != k.f {
			sNaN++
		}
	}
	grown = false
	for k := range e {
		if !grown {
			grown = true
			for j := 0; j < 500; j++ {
				e[j] = j
			}
		}
		if f, ok := k.(float64); ok && f != f {
			eNaN++
		}
	}
	return sNaN, eNaN
}

func main() {
	fmt.Println(countNaNsWhileGrowing())
	fmt.Println(structAndIfaceKeys())

	m := map[float64]int{}
	for i := 0; i < 200000; i++ {
		m[math.NaN()] = i
	}
	_, found := m[math.NaN()]
	delete(m, math.NaN())
	n := 0
	for k := range m {
		if k != k {
			n++
		}
	}
	fmt.Println(len(m), found, n)
}
