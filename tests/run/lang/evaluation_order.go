// The order in which a statement reads variables relative to the calls in
// it: left open by the spec, fixed by gc (calls, receives, slicings, len and
// the like first, plain reads after); goji makes the same choice.
package main

import "fmt"

type T struct {
	a, b int
	s    []int
	next *T
}

var g = 1
var s = []int{1, 2, 3}
var p = &T{a: 1}
var m = map[string]int{"a": 1}
var k = "a"
var ch = make(chan int, 10)
var ifc interface{} = 5
var flag = true

func mod() int      { g = 10; return 1 }
func grow() int     { s = append(s, 4, 5, 6, 7); s[0] = 100; return 9 }
func repoint() int  { p = &T{a: 50}; return 2 }
func rekey() int    { k = "b"; return 3 }
func reifc() int    { ifc = 7; return 0 }
func unflag() bool  { flag = false; return true }
func pair() (int, int) { g = 20; return 1, 2 }

func (t *T) get() int { return t.a }
func (t T) val() int  { return t.a }

func ret1() (int, int) { g = 1; return g, mod() }
func ret2() (int, int) { g = 1; return g + 0, mod() }

func main() {
	x := g + mod()
	fmt.Println(x)
	g = 1
	fmt.Println(g, mod(), g)
	g = 1
	fmt.Println([]int{g, mod(), g}, map[string]int{"x": g, "y": mod()})
	g = 1
	y := []interface{}{g, mod()}
	fmt.Println(y)

	s = []int{1, 2, 3}
	s[0] = grow()
	fmt.Println(s)
	s = []int{1, 2, 3}
	s[1] += grow()
	fmt.Println(s)
	s = []int{1, 2, 3}
	fmt.Println(len(s), grow(), len(s))
	s = []int{1, 2, 3}
	t := s[:2]
	fmt.Println(t, s[:1], grow(), s[:1])
	s = []int{1, 2, 3}
	fmt.Println(s[0], grow(), s[0])

	p = &T{a: 1}
	p.b = repoint()
	fmt.Println(p.a, p.b)
	p = &T{a: 1}
	p.a += repoint()
	fmt.Println(p.a)
	p = &T{a: 1}
	fmt.Println(p.get(), repoint(), p.val(), p.a)

	m = map[string]int{"a": 1}
	k = "a"
	m[k] = rekey()
	fmt.Println(m)
	k = "a"
	m[k] += rekey()
	fmt.Println(m)

	ifc = 5
	fmt.Println(ifc.(int), reifc(), ifc.(int))

	flag = true
	fmt.Println(flag && true, unflag(), flag || false)

	g = 1
	var v1, v2 = g+pair2(), mod()
	fmt.Println(v1, v2)
	g = 1
	a, b := g, mod()
	fmt.Println(a, b)
	g = 1
	a, b = g, mod()
	fmt.Println(a, b)
	fmt.Println(ret1())
	fmt.Println(ret2())

	g = 1
	if g+mod() > 5 {
		fmt.Println("big")
	}
	g = 1
	ch <- g + mod()
	fmt.Println(<-ch)

	g = 1
	arr := [20]int{}
	arr[g] = mod()
	fmt.Println(arr)
	g = 1
	c, d := pair()
	fmt.Println(c, d, g)

	var nodes []T
	newNode := func(v int) int {
		nodes = append(nodes, T{a: v})
		return len(nodes) - 1
	}
	root := newNode(10)
	nodes[root].b = newNode(5)
	nodes[root].next = &nodes[newNode(7)]
	fmt.Println(len(nodes), nodes[0].a, nodes[0].b, nodes[0].next.a)

	cnt := 0
	inc := func() int { cnt++; return cnt }
	fmt.Println(cnt, inc(), cnt, inc(), cnt)
	q := []int{cnt, inc(), cnt}
	fmt.Println(q)
	z := cnt*100 + inc()
	fmt.Println(z)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var np *T
	np.a = func() int { fmt.Println("rhs first"); return 1 }()
}

func pair2() int { return 0 }

func init() {
	g = 1
	var single = g + mod()
	fmt.Println("single", single)
}
