// sort.Slice, sort.Sort and sort.Strings over slices of pointers, strings
// and interfaces, with allocation (and so collections) inside Less; the
// sorted elements are the only references to their objects.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
)

type Person struct {
	name string
	age  int
	tags []string
}

type byAge []*Person

func (b byAge) Len() int      { return len(b) }
func (b byAge) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byAge) Less(i, j int) bool {
	if b[i].age != b[j].age {
		return b[i].age < b[j].age
	}
	return b[i].name < b[j].name
}

var sink []byte
var calls int

func people(n int) []*Person {
	ps := make([]*Person, n)
	x := uint32(12345)
	for i := range ps {
		x = x*1103515245 + 12345
		ps[i] = &Person{name: "p" + strconv.Itoa(int(x>>8)%100000), age: int(x>>4) % 90, tags: []string{strconv.Itoa(i)}}
	}
	return ps
}

func main() {
	ps := people(30000)
	sort.Slice(ps, func(i, j int) bool {
		calls++
		if calls%64 == 0 {
			sink = make([]byte, 512) // garbage during the sort
		}
		if calls%100000 == 0 {
			runtime.GC()
		}
		if ps[i].name != ps[j].name {
			return ps[i].name < ps[j].name
		}
		return ps[i].age < ps[j].age
	})
	ok := sort.SliceIsSorted(ps, func(i, j int) bool {
		if ps[i].name != ps[j].name {
			return ps[i].name < ps[j].name
		}
		return ps[i].age < ps[j].age
	})
	runtime.GC()
	tagSum := 0
	for _, p := range ps {
		n, _ := strconv.Atoi(p.tags[0])
		tagSum += n
	}
	fmt.Println("sort.Slice:", ok, len(ps), tagSum, ps[0].name, ps[len(ps)-1].name)

	qs := people(30000)
	sort.Stable(byAge(qs))
	runtime.GC()
	fmt.Println("sort.Stable:", sort.IsSorted(byAge(qs)), qs[0].age, qs[len(qs)-1].age)

	// strings made fresh, sorted, then the slice is the only holder
	var strs []string
	for i := 0; i < 50000; i++ {
		strs = append(strs, strconv.Itoa((i*7919)%50000)+"-"+strconv.Itoa(i%3))
	}
	sort.Strings(strs)
	runtime.GC()
	fmt.Println("sort.Strings:", sort.StringsAreSorted(strs), strs[0], strs[49999])

	// interfaces
	var ifs []interface{}
	for i := 0; i < 20000; i++ {
		if i%2 == 0 {
			ifs = append(ifs, &Person{age: (i * 31) % 1000})
		} else {
			ifs = append(ifs, strconv.Itoa((i*31)%1000))
		}
	}
	key := func(x interface{}) int {
		switch v := x.(type) {
		case *Person:
			return v.age
		case string:
			n, _ := strconv.Atoi(v)
			return n
		}
		return -1
	}
	sort.SliceStable(ifs, func(i, j int) bool { return key(ifs[i]) < key(ifs[j]) })
	runtime.GC()
	sorted := true
	for i := 1; i < len(ifs); i++ {
		if key(ifs[i-1]) > key(ifs[i]) {
			sorted = false
		}
	}
	fmt.Println("interfaces:", sorted, key(ifs[0]), key(ifs[19999]))
}
