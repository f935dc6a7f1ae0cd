// Pointers into the interior of objects kept as the only reference: &s.f,
// &arr[i], &slice[i], subslices, substrings and pointers to fields of
// array elements. The whole object must stay alive (and intact) while an
// interior pointer does.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Rec struct {
	a    int
	b    [8]int
	name string
	next *Rec
	c    int
}

// the sinks make garbage escape to the heap
var sinkS []*Rec
var sinkR *Rec

func churn() {
	for i := 0; i < 300; i++ {
		sinkS = make([]*Rec, 100)
		sinkR = &Rec{a: i}
	}
}

func fieldPtrs(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		r := &Rec{a: i, c: -i, name: strconv.Itoa(i)}
		r.b[5] = i * 10
		switch i % 3 {
		case 0:
			out = append(out, &r.c) // the last word of the object
		case 1:
			out = append(out, &r.b[5])
		default:
			out = append(out, &r.a) // the first word
		}
	}
	return out
}

func main() {
	ps := fieldPtrs(20000)
	churn()
	runtime.GC()
	sum := 0
	for _, p := range ps {
		sum += *p
	}
	fmt.Println("field pointers:", sum)

	// pointer to a string field: the string's bytes must survive too
	var names []*string
	for i := 0; i < 5000; i++ {
		r := &Rec{name: "rec-" + strconv.Itoa(i)}
		names = append(names, &r.name)
	}
	churn()
	runtime.GC()
	ok := true
	for i, p := range names {
		if *p != "rec-"+strconv.Itoa(i) {
			ok = false
		}
	}
	fmt.Println("string fields:", ok)

	// pointer to an element of a heap array of pointers: the array and
	// what it points to stay
	var elems []**Rec
	for i := 0; i < 2000; i++ {
		arr := new([16]*Rec)
		for k := range arr {
			arr[k] = &Rec{a: i*16 + k}
		}
		elems = append(elems, &arr[i%16])
	}
	churn()
	runtime.GC()
	es := 0
	for _, e := range elems {
		es += (*e).a
	}
	fmt.Println("array elements:", es)

	// subslices from the middle and the end of big backing arrays
	var subs [][]int
	for i := 0; i < 100; i++ {
		big := make([]int, 10000)
		for k := range big {
			big[k] = k + i
		}
		if i%2 == 0 {
			subs = append(subs, big[5000:5003])
		} else {
			subs = append(subs, big[9999:]) // the last element
		}
	}
	var empties [][]int
	for i := 0; i < 100; i++ {
		big := make([]int, 100)
		big[99] = i
		empties = append(empties, big[100:]) // zero length, at the end
	}
	churn()
	runtime.GC()
	ss := 0
	for _, s := range subs {
		for _, v := range s {
			ss += v
		}
	}
	fmt.Println("subslices:", ss, len(empties[0]), cap(empties[0]))

	// extending an end subslice back to its capacity is still fine
	ext := make([]int, 0, 10)
	for i := 0; i < 10; i++ {
		ext = append(ext, i)
	}
	tail := ext[3:5]
	ext = nil
	churn()
	runtime.GC()
	tail = tail[:cap(tail)]
	fmt.Println("reextended:", tail)

	// substrings
	var strs []string
	for i := 0; i < 500; i++ {
		s := fmt.Sprintf("%06d", i) + string(make([]byte, 2000)) + "end" + strconv.Itoa(i)
		strs = append(strs, s[2006:])
	}
	churn()
	runtime.GC()
	fmt.Println("substrings:", strs[0], strs[499])

	// pointer to a field of a struct inside an array inside a struct
	type Outer struct {
		hdr  int
		recs [4]Rec
	}
	var deep []*int
	var deepNames []*string
	for i := 0; i < 3000; i++ {
		o := &Outer{hdr: i}
		o.recs[2].b[7] = i
		o.recs[3].name = "o" + strconv.Itoa(i)
		o.recs[1].next = &Rec{a: i}
		deep = append(deep, &o.recs[2].b[7])
		deepNames = append(deepNames, &o.recs[3].name)
	}
	churn()
	runtime.GC()
	ds := 0
	for i := range deep {
		ds += *deep[i]
		if *deepNames[i] != "o"+strconv.Itoa(i) {
			ds = -1 << 40
		}
	}
	fmt.Println("nested fields:", ds)

	// a pointer to a field of the next object in a chain
	var ptrToNext **Rec
	{
		head := &Rec{a: 1}
		head.next = &Rec{a: 2}
		head.next.next = &Rec{a: 3}
		ptrToNext = &head.next.next
	}
	churn()
	runtime.GC()
	fmt.Println("chain field:", (*ptrToNext).a)
}
