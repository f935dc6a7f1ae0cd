// defer, panic and recover with heap values: panic values that are
// pointers, errors and structs holding slices; deferred closures capturing
// heap variables; a collection while the panic unwinds.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type Problem struct {
	code  int
	trail []string
	cause error
}

// sink makes garbage escape to the heap
var sink []*Problem

func (p *Problem) Error() string {
	return "problem " + strconv.Itoa(p.code) + " after " + strconv.Itoa(len(p.trail))
}

func garbage() {
	for i := 0; i < 100; i++ {
		sink = make([]*Problem, 50)
	}
}

func fail(depth int, trail []string) {
	local := &Problem{code: depth}
	defer func() {
		// a deferred closure capturing a heap variable, run during the panic
		local.trail = append(local.trail, "unwound")
		garbage()
		if depth%16 == 0 {
			runtime.GC()
		}
	}()
	trail = append(trail, "d"+strconv.Itoa(depth))
	if depth == 0 {
		panic(&Problem{code: 42, trail: trail, cause: errors.New("root cause " + strconv.Itoa(len(trail)))})
	}
	fail(depth-1, trail)
}

func catch(depth int) (p *Problem) {
	defer func() {
		r := recover()
		garbage()
		runtime.GC()
		p = r.(*Problem)
	}()
	fail(depth, nil)
	return nil
}

func deferredAppend() (out []string) {
	for i := 0; i < 50; i++ {
		s := "v" + strconv.Itoa(i)
		big := make([]byte, 1000)
		big[999] = byte(i)
		defer func() {
			out = append(out, s+":"+strconv.Itoa(int(big[999])))
		}()
	}
	garbage()
	runtime.GC()
	return nil
}

type wrapped struct {
	inner interface{}
	list  []*int
}

func repanic() (res string) {
	defer func() {
		r := recover().(wrapped)
		garbage()
		runtime.GC()
		s := 0
		for _, p := range r.list {
			s += *p
		}
		res = fmt.Sprint(r.inner, " ", s)
	}()
	defer func() {
		r := recover()
		var list []*int
		for i := 0; i < 100; i++ {
			v := i
			list = append(list, &v)
		}
		panic(wrapped{inner: r, list: list})
	}()
	panic("first " + strconv.Itoa(7))
}

func main() {
	for i := 0; i < 20; i++ {
		p := catch(50 + i)
		if p.code != 42 || len(p.trail) != 51+i || p.trail[0] != "d"+strconv.Itoa(50+i) {
			fmt.Println("bad problem", i)
		}
		if i == 19 {
			fmt.Println(p.Error(), p.cause, p.trail[len(p.trail)-1])
		}
	}

	out := deferredAppend()
	fmt.Println(len(out), out[0], out[49])

	fmt.Println(repanic())

	// runtime errors recovered, with live heap values around them
	kept := make([]*Problem, 0)
	caught := 0
	for i := 0; i < 2000; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(runtime.Error); ok {
						caught++
					}
				}
			}()
			p := &Problem{code: i, trail: []string{strconv.Itoa(i)}}
			kept = append(kept, p)
			var m map[string]int
			if i%2 == 0 {
				m["x"] = 1 // nil map write
			}
			idx := i % 5
			_ = p.trail[idx] // out of range unless idx == 0
		}()
	}
	runtime.GC()
	s := 0
	for _, p := range kept {
		n, _ := strconv.Atoi(p.trail[0])
		s += n
	}
	fmt.Println("caught:", caught, "kept:", len(kept), s)

	// a panic value that is an error wrapping a chain
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %w", r.(error))
			}
		}()
		var e error = errors.New("base")
		for i := 0; i < 100; i++ {
			e = fmt.Errorf("layer %d: %w", i, e)
		}
		garbage()
		panic(e)
	}()
	runtime.GC()
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("error chain:", depth, len(err.Error()))
}
