// Pointer-free objects whose address may outlive their frame must not be
// kept on the stack: every case below stores, returns or shares an address
// and reads it after the frame that made it has returned and other calls
// have reused the stack.
package main

import "fmt"

type pair struct{ a, b int }

var global *pair
var globalSlice []byte
var keep []*pair

func clobber(n int) int {
	var buf [512]int
	for i := range buf {
		buf[i] = n + i
	}
	if n > 0 {
		return clobber(n-1) + buf[n%512]
	}
	return buf[7]
}

func storeGlobal() {
	p := new(pair)
	p.a, p.b = 1, 2
	global = p
}

func identity(p *pair) *pair { return p }

func throughResult() *pair {
	x := pair{3, 4}
	return identity(&x)
}

func sliceOfLocal() []byte {
	var a [8]byte
	for i := range a {
		a[i] = byte('a' + i)
	}
	return a[2:5]
}

type holder struct {
	s []byte
	n int
}

func holderResult() holder {
	var a [4]byte
	copy(a[:], "wxyz")
	h := holder{s: a[:], n: 4}
	return h
}

func appendAlias() []byte {
	var a [16]byte
	s := append(a[:0], "hello"...)
	return s
}

func loopCollect() []*pair {
	var out []*pair
	for i := 0; i < 3; i++ {
		p := &pair{i, i * i}
		out = append(out, p)
	}
	return out
}

func loopOuter() (*pair, *pair) {
	var first, last *pair
	for i := 0; i < 3; i++ {
		p := new(pair)
		p.a = i
		if first == nil {
			first = p
		}
		last = p
	}
	return first, last
}

func loopVar() []*int {
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	return ptrs
}

func viaInterface() interface{} {
	p := &pair{5, 6}
	var x interface{} = p
	return x
}

func viaClosure() func() int {
	x := pair{7, 8}
	p := &x
	return func() int { return p.a + p.b }
}

func (p *pair) sum() int { return p.a + p.b }

func methodValue() func() int {
	x := pair{9, 10}
	return x.sum
}

func viaChannel(c chan *pair) {
	p := &pair{11, 12}
	c <- p
}

func viaGoroutine(done chan int) {
	p := &pair{13, 14}
	go func(q *pair) {
		clobber(20)
		done <- q.a + q.b
	}(p)
}

var deferred int

func viaDefer() {
	p := &pair{15, 16}
	defer func(q *pair) { deferred = q.a + q.b }(p)
	clobber(10)
}

type node struct{ v *pair }

func intoHeapObject() *node {
	p := &pair{17, 18}
	return &node{v: p}
}

func intoMap(m map[int]*pair) {
	p := &pair{19, 20}
	m[1] = p
}

func intoSliceElement(s []*pair) {
	p := &pair{21, 22}
	s[0] = p
}

func recursive(n int, acc *pair) *pair {
	if n == 0 {
		return acc
	}
	x := pair{acc.a + n, acc.b}
	return recursive(n-1, &x)
}

func keepAll(p *pair) { keep = append(keep, p) }

func passedToLeaker() {
	x := pair{23, 24}
	keepAll(&x)
}

func multiResult() (*pair, int) {
	x := pair{25, 26}
	return &x, 1
}

func bytesToGlobal() {
	var a [4]byte
	copy(a[:], "glob")
	globalSlice = a[:]
}

// A pointer that only stays in the frame: the same results either way.
func local() int {
	p := new(pair)
	p.a = 40
	q := &pair{1, 1}
	return p.a + q.sum()
}

func main() {
	storeGlobal()
	r := throughResult()
	s := sliceOfLocal()
	h := holderResult()
	ap := appendAlias()
	lc := loopCollect()
	first, last := loopOuter()
	lv := loopVar()
	vi := viaInterface()
	vc := viaClosure()
	mv := methodValue()
	c := make(chan *pair, 1)
	viaChannel(c)
	done := make(chan int)
	viaGoroutine(done)
	viaDefer()
	hn := intoHeapObject()
	m := map[int]*pair{}
	intoMap(m)
	sl := make([]*pair, 1)
	intoSliceElement(sl)
	rec := recursive(4, &pair{0, 1})
	passedToLeaker()
	mr, _ := multiResult()
	bytesToGlobal()
	loc := local()

	clobber(50)

	fmt.Println(*global, *r, string(s), string(h.s), h.n, string(ap))
	fmt.Println(*lc[0], *lc[1], *lc[2])
	fmt.Println(first.a, last.a, first == last)
	fmt.Println(*lv[0], *lv[1], *lv[2])
	fmt.Println(*vi.(*pair), vc(), mv())
	fmt.Println(*<-c, <-done, deferred)
	fmt.Println(*hn.v, *m[1], *sl[0], *rec, *keep[0], *mr, string(globalSlice), loc)
}
