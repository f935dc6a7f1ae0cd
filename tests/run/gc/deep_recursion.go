// Deep recursion where every frame holds pointers to heap objects across
// allocations deeper down; the frames' pointers are the only references,
// and the collection happens at the bottom of the recursion.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Obj struct {
	depth int
	name  string
	data  []int
}

// sink makes garbage escape to the heap
var sink interface{}

func descend(n int, parent *Obj) int {
	o := &Obj{depth: n, name: "d" + strconv.Itoa(n), data: make([]int, 8)}
	o.data[7] = n
	s := "x" + strconv.Itoa(n)
	var iface interface{} = o
	arr := [3]*Obj{o, parent, nil}
	if n == 0 {
		runtime.GC()
		for i := 0; i < 200; i++ {
			sink = make([]byte, 4096)
		}
		return 0
	}
	if n%100 == 0 {
		// garbage in the middle of the recursion
		for i := 0; i < 100; i++ {
			sink = &Obj{data: make([]int, 64)}
		}
	}
	r := descend(n-1, o)
	// after the deeper frames return, everything held here must be intact
	ok := o.depth == n && o.name == "d"+strconv.Itoa(n) && o.data[7] == n &&
		s == "x"+strconv.Itoa(n) && iface.(*Obj) == o && arr[0] == o && arr[1] == parent
	if parent != nil && parent.depth != n+1 {
		ok = false
	}
	if !ok {
		return r + 1
	}
	return r
}

// builds a list on the way down and returns it on the way up
func buildDown(n int) *Obj {
	if n == 0 {
		runtime.GC()
		return nil
	}
	mine := &Obj{depth: n, data: []int{n}}
	rest := buildDown(n - 1)
	if rest != nil {
		mine.data = append(mine.data, rest.data...)
		if len(mine.data) > 50 {
			mine.data = mine.data[:50]
		}
	}
	return mine
}

// mutual recursion passing strings
func even(n int, acc string) string {
	if n == 0 {
		runtime.GC()
		return acc
	}
	return odd(n-1, acc+"e")
}

func odd(n int, acc string) string {
	if len(acc) > 40 {
		acc = acc[len(acc)-20:]
	}
	return even(n-1, acc+"o")
}

func main() {
	fmt.Println("descend bad frames:", descend(10000, nil))
	for i := 0; i < 3; i++ {
		l := buildDown(3000 + i)
		fmt.Println("buildDown:", l.depth, len(l.data), l.data[0], l.data[49])
	}
	r := even(20000, "")
	fmt.Println("mutual:", len(r), r)

	// recursion inside a goroutine (modest depth)
	done := make(chan int)
	go func() {
		done <- descend(400, nil)
	}()
	fmt.Println("goroutine bad frames:", <-done)
}
