// Maps whose values are structs with pointer fields, interfaces holding
// every kind of value, and nested maps; churned, then checked.
// gcstress: 5000
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type Point struct{ X, Y int }

type Entry struct {
	n    int
	name string
	p    *Point
	vals []int
	m    map[int]string
}

type Shape interface{ Area() int }

type Rect struct{ w, h int }
type Square struct{ s *int }

func (r Rect) Area() int    { return r.w * r.h }
func (s *Square) Area() int { return *s.s * *s.s }

func entry(i int) Entry {
	return Entry{
		n:    i,
		name: "e" + strconv.Itoa(i),
		p:    &Point{i, -i},
		vals: []int{i, i + 1, i + 2},
		m:    map[int]string{i: strconv.Itoa(i)},
	}
}

func ok(k int, e Entry) bool {
	return e.n == k && e.name == "e"+strconv.Itoa(k) && e.p.X == k && e.p.Y == -k &&
		len(e.vals) == 3 && e.vals[2] == k+2 && e.m[k] == strconv.Itoa(k)
}

func iface(i int) interface{} {
	switch i % 7 {
	case 0:
		return i
	case 1:
		return "s" + strconv.Itoa(i)
	case 2:
		return &Point{i, i}
	case 3:
		return Point{i, 2 * i}
	case 4:
		return []byte(strconv.Itoa(i))
	case 5:
		v := i
		return Shape(&Square{&v})
	default:
		return Shape(Rect{i, 3})
	}
}

func value(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		n, _ := strconv.Atoi(v[1:])
		return n
	case *Point:
		return v.X
	case Point:
		return v.Y / 2
	case []byte:
		n, _ := strconv.Atoi(string(v))
		return n
	case *Square:
		return *v.s
	case Rect:
		return v.Area() / 3
	}
	return -1
}

func main() {
	m := make(map[int]Entry)
	for round := 0; round < 6; round++ {
		for i := 0; i < 12000; i++ {
			m[i*3+round] = entry(i*3 + round)
		}
		for k := range m {
			if k%4 == round%4 {
				delete(m, k)
			}
		}
		for k, e := range m {
			if !ok(k, e) {
				fmt.Println("bad entry", k)
			}
		}
	}
	fmt.Println("structs:", len(m))

	im := make(map[int]interface{})
	for round := 0; round < 5; round++ {
		for i := 0; i < 20000; i++ {
			im[i] = iface(i + round)
		}
		for k := range im {
			if k%5 == round {
				delete(im, k)
			}
		}
		runtime.GC()
		bad := 0
		for k, v := range im {
			if value(v) != k+round {
				bad++
			}
		}
		if bad > 0 {
			fmt.Println("round", round, "bad interfaces", bad)
		}
	}
	fmt.Println("interfaces:", len(im))

	// interface keys
	ik := make(map[interface{}]int)
	for i := 0; i < 20000; i++ {
		switch i % 3 {
		case 0:
			ik[i] = i
		case 1:
			ik["k"+strconv.Itoa(i)] = i
		default:
			ik[Point{i, i}] = i
		}
	}
	runtime.GC()
	sum := 0
	for i := 0; i < 20000; i++ {
		var k interface{}
		switch i % 3 {
		case 0:
			k = i
		case 1:
			k = "k" + strconv.Itoa(i)
		default:
			k = Point{i, i}
		}
		sum += ik[k]
	}
	fmt.Println("interface keys:", len(ik), sum)

	// nested maps
	nest := make(map[string]map[string][]*Point)
	for i := 0; i < 30000; i++ {
		a, b := "a"+strconv.Itoa(i%13), "b"+strconv.Itoa(i%101)
		if nest[a] == nil {
			nest[a] = make(map[string][]*Point)
		}
		nest[a][b] = append(nest[a][b], &Point{i, 0})
		if i%5000 == 4999 {
			delete(nest, "a"+strconv.Itoa(i%13))
		}
	}
	runtime.GC()
	var outer []string
	total, cnt := 0, 0
	for a, inner := range nest {
		outer = append(outer, a)
		for _, ps := range inner {
			for _, p := range ps {
				total += p.X
				cnt++
			}
		}
	}
	sort.Strings(outer)
	fmt.Println("nested:", outer, cnt, total)
}
