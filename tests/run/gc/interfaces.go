// Interface values holding pointers, structs (with and without pointers),
// strings, slices, maps, funcs and small scalars; conversions between
// interfaces; an error value chain; all reachable only through interfaces.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type Valuer interface{ Value() int }

type Small struct{ v int }
type Big struct {
	a, b, c int
	s       string
	p       *Small
}
type Str string
type Ptr struct{ inner *Big }
type List []Valuer

func (s Small) Value() int { return s.v }
func (b Big) Value() int   { return b.a + b.b + b.c + len(b.s) + b.p.v }
func (s Str) Value() int   { n, _ := strconv.Atoi(string(s)); return n }
func (p *Ptr) Value() int  { return p.inner.Value() }
func (l List) Value() int {
	t := 0
	for _, v := range l {
		t += v.Value()
	}
	return t
}

type wrapErr struct {
	msg  string
	next error
}

func (e *wrapErr) Error() string { return e.msg }
func (e *wrapErr) Unwrap() error { return e.next }

func make1(i int) Valuer {
	switch i % 5 {
	case 0:
		return Small{i}
	case 1:
		return Big{i, 0, 0, "", &Small{0}}
	case 2:
		return Str(strconv.Itoa(i))
	case 3:
		return &Ptr{&Big{0, i, 0, "", &Small{0}}}
	default:
		return List{Small{i / 2}, Small{i - i/2}}
	}
}

func main() {
	var vs []Valuer
	for i := 0; i < 50000; i++ {
		vs = append(vs, make1(i))
	}
	for round := 0; round < 5; round++ {
		for i := range vs {
			if i%5 == round {
				vs[i] = make1(i)
			}
		}
		runtime.GC()
	}
	bad := 0
	for i, v := range vs {
		if v.Value() != i {
			bad++
		}
	}
	fmt.Println("valuers:", len(vs), bad)

	// empty interfaces, converted back and forth
	var es []interface{}
	for i := 0; i < 20000; i++ {
		var e interface{} = make1(i)
		es = append(es, e)
	}
	vs = nil
	runtime.GC()
	sum := 0
	for _, e := range es {
		if v, ok := e.(Valuer); ok {
			sum += v.Value()
		}
	}
	fmt.Println("empty interfaces:", sum)

	// interface holding a func and a map
	var holders []interface{}
	for i := 0; i < 5000; i++ {
		i := i
		m := map[string]int{"k": i}
		holders = append(holders, func() int { return m["k"] + i }, m)
	}
	runtime.GC()
	hs := 0
	for _, h := range holders {
		switch x := h.(type) {
		case func() int:
			hs += x()
		case map[string]int:
			hs += x["k"]
		}
	}
	fmt.Println("funcs and maps:", hs)

	// an error chain built from heap values
	var err error
	for i := 0; i < 1000; i++ {
		err = &wrapErr{msg: "e" + strconv.Itoa(i), next: err}
	}
	target := err
	for i := 0; i < 500; i++ {
		target = errors.Unwrap(target)
	}
	runtime.GC()
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("errors:", depth, err.Error(), target.Error(), errors.Is(err, target))

	// comparing interfaces after a collection
	a := []interface{}{Small{1}, Str("x"), 3, "s"}
	b := []interface{}{Small{1}, Str("x"), 3, "s"}
	runtime.GC()
	eq := true
	for i := range a {
		if a[i] != b[i] {
			eq = false
		}
	}
	fmt.Println("equal:", eq)
}
