// Zero-size allocations: pointers to struct{} and [0]int, empty slices and
// strings, zero-size fields at the end of structs, maps and channels of
// struct{}; many of them, alongside ordinary allocations.
package main

import (
	"fmt"
	"runtime"
)

type Empty struct{}

type Trailing struct {
	p *int
	z struct{} // a zero-size last field
}

type WithArr struct {
	n int
	a [0]*int
	s *string
	e [0]int
}

var sinkI []int

var sinkE *Empty
var sinkA *[0]int

func main() {
	var es []*Empty
	var as []*[0]int
	for i := 0; i < 100000; i++ {
		e := &Empty{}
		a := new([0]int)
		sinkE, sinkA = e, a
		if i%100 == 0 {
			es = append(es, e)
			as = append(as, a)
		}
		sinkI = make([]int, 4)
	}
	runtime.GC()
	fmt.Println("empties:", len(es), len(as), *es[0] == Empty{}, len(*as[999]))

	// zero-length slices of every kind
	var zs [][]int
	var zps [][]*int
	for i := 0; i < 10000; i++ {
		zs = append(zs, make([]int, 0))
		zps = append(zps, make([]*int, 0, 0))
		zs = append(zs, []int{}[0:0])
	}
	runtime.GC()
	n := 0
	for _, z := range zs {
		n += len(z) + cap(z)
		z = append(z, 1)
		n += z[0]
	}
	for _, z := range zps {
		n += len(z)
	}
	fmt.Println("zero-length slices:", n)

	// a struct whose last field has zero size, holding a pointer before it
	var ts []*Trailing
	var zptrs []*struct{}
	for i := 0; i < 20000; i++ {
		v := i
		t := &Trailing{p: &v}
		ts = append(ts, t)
		if i%10 == 0 {
			zptrs = append(zptrs, &t.z) // points at the end of t
		}
	}
	runtime.GC()
	s := 0
	for _, t := range ts {
		s += *t.p
	}
	fmt.Println("trailing zero-size field:", s, len(zptrs))

	var ws []*WithArr
	for i := 0; i < 10000; i++ {
		str := fmt.Sprint("w", i)
		ws = append(ws, &WithArr{n: i, s: &str})
	}
	runtime.GC()
	ok := true
	for i, w := range ws {
		if *w.s != fmt.Sprint("w", i) || w.n != i || len(w.a) != 0 {
			ok = false
		}
	}
	fmt.Println("zero-length arrays in structs:", ok)

	// set-like maps and channels of struct{}
	set := make(map[int]struct{})
	for i := 0; i < 50000; i++ {
		set[i%7000] = struct{}{}
		if i%3 == 0 {
			delete(set, (i/3)%7000)
		}
	}
	ch := make(chan struct{}, 100)
	done := make(chan Empty)
	go func() {
		for i := 0; i < 10000; i++ {
			ch <- struct{}{}
		}
		close(ch)
	}()
	go func() {
		c := 0
		for range ch {
			c++
		}
		if c == 10000 {
			done <- Empty{}
		}
	}()
	<-done
	runtime.GC()
	fmt.Println("set:", len(set), "channel done")

	// empty strings and strings from empty byte slices
	var strs []string
	for i := 0; i < 10000; i++ {
		strs = append(strs, string([]byte{}), ""+"", string(make([]byte, 0, 10)))
	}
	runtime.GC()
	total := 0
	for _, x := range strs {
		total += len(x)
	}
	fmt.Println("empty strings:", len(strs), total)

	// interfaces holding zero-size values
	var ifs []interface{}
	for i := 0; i < 10000; i++ {
		ifs = append(ifs, Empty{}, [0]int{}, &Empty{})
	}
	runtime.GC()
	kinds := map[string]int{}
	for _, x := range ifs {
		kinds[fmt.Sprintf("%T", x)]++
	}
	fmt.Println("zero-size interfaces:", kinds)
}
