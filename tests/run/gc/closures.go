// Closures capturing heap variables, kept in slices and maps; method values
// bound to pointers and to copied structs; the captured variables are
// reachable only through the closures.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Counter struct {
	name string
	n    int
	hist []int
}

// sink makes garbage escape to the heap
var sink interface{}

func (c *Counter) Inc() int {
	c.n++
	c.hist = append(c.hist, c.n)
	return c.n
}

func (c Counter) Name() string { return c.name + "#" + strconv.Itoa(c.n) }

func makeAdder(start int) (func(int) int, func() int) {
	total := start
	log := []int{}
	add := func(d int) int {
		total += d
		log = append(log, d)
		return total
	}
	get := func() int { return total + len(log) }
	return add, get
}

func makeChain(n int) func() int {
	if n == 0 {
		return func() int { return 0 }
	}
	inner := makeChain(n - 1)
	box := &struct{ v int }{n}
	return func() int { return box.v + inner() }
}

func main() {
	var adds []func(int) int
	var gets []func() int
	for i := 0; i < 5000; i++ {
		a, g := makeAdder(i)
		adds = append(adds, a)
		gets = append(gets, g)
	}
	for round := 0; round < 20; round++ {
		for i, a := range adds {
			a(i % 7)
		}
		junk := make([][]byte, 0, 100)
		for j := 0; j < 100; j++ {
			junk = append(junk, make([]byte, 1000))
		}
		sink = junk
	}
	runtime.GC()
	s := 0
	for _, g := range gets {
		s += g()
	}
	fmt.Println("adders:", s)

	// closures capturing loop variables by copy
	fs := make(map[string]func() string)
	for i := 0; i < 3000; i++ {
		name := "f" + strconv.Itoa(i)
		payload := make([]int, 20)
		payload[19] = i
		fs[name] = func() string { return name + "=" + strconv.Itoa(payload[19]) }
	}
	runtime.GC()
	ok := true
	for k, f := range fs {
		if f() != k+"="+k[1:] {
			ok = false
		}
	}
	fmt.Println("map of closures:", len(fs), ok)

	// a chain of closures each capturing the previous one
	chains := []func() int{}
	for i := 0; i < 50; i++ {
		chains = append(chains, makeChain(200))
	}
	runtime.GC()
	cs := 0
	for _, c := range chains {
		cs += c()
	}
	fmt.Println("chains:", cs)

	// method values
	var incs []func() int
	var names []func() string
	for i := 0; i < 2000; i++ {
		c := &Counter{name: "c" + strconv.Itoa(i)}
		incs = append(incs, c.Inc)
		names = append(names, c.Name) // binds a copy of *c as it is now
	}
	for round := 0; round < 10; round++ {
		for _, inc := range incs {
			inc()
		}
		sink = make([]int, 10000)
	}
	runtime.GC()
	total := 0
	for _, inc := range incs {
		total += inc()
	}
	fmt.Println("method values:", total, names[0](), names[1999]())

	// interface method values
	type namer interface{ Name() string }
	var ns []func() string
	for i := 0; i < 1000; i++ {
		var n namer = Counter{name: "v" + strconv.Itoa(i), n: i}
		ns = append(ns, n.Name)
	}
	runtime.GC()
	fmt.Println(ns[0](), ns[999]())

	// a closure that captures a closure that captures a big slice; only
	// the outer closure is kept
	twice := bigSummer(1 << 16)
	for i := 0; i < 50; i++ {
		sink = make([]int, 1<<14)
	}
	runtime.GC()
	fmt.Println("captured slice:", twice())

	// clearing the captured variable is seen by the closure
	big := make([]int, 1<<16)
	count := func() int { return len(big) }
	big = nil
	runtime.GC()
	fmt.Println("captured variable cleared:", count())
}

func bigSummer(n int) func() int {
	big := make([]int, n)
	for i := range big {
		big[i] = i
	}
	sum := func() int {
		t := 0
		for _, v := range big {
			t += v
		}
		return t
	}
	return func() int { return 2 * sum() }
}
