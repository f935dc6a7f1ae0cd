// Defer records live in the frames of the functions that defer: what they
// hold (deferred closures and their arguments, more than fit inline, and
// the result homes) is reachable only through them while collections run.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	name string
	next *node
}

func chain(n int, tag string) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{name: fmt.Sprintf("%s%d", tag, i), next: head}
	}
	return head
}

func names(n *node) string {
	var parts []string
	for ; n != nil; n = n.next {
		parts = append(parts, n.name)
	}
	return strings.Join(parts, ",")
}

var out []string

// Twenty deferred calls overflow the inline slots; each holds the only
// reference to its chain until it runs.
func many() {
	for i := 0; i < 20; i++ {
		defer func(n *node) { out = append(out, names(n)) }(chain(3, fmt.Sprint("m", i, ".")))
	}
	runtime.GC()
	garbage()
	runtime.GC()
}

func garbage() {
	for i := 0; i < 2000; i++ {
		_ = chain(4, "g")
	}
}

// The named results are heap cells the record points at; the deferred
// closure changes them after a collection.
func results(tag string) (s string, n *node) {
	defer func() {
		runtime.GC()
		s += "+" + names(n)
		n = chain(2, tag+"late")
	}()
	n = chain(2, tag)
	garbage()
	return strings.ToUpper(tag), n
}

// A recovered panic resumes the function through its record; the results
// set by the deferred call survive the collection in between.
func recovered() (msg string, n *node) {
	defer func() {
		r := recover()
		runtime.GC()
		msg = fmt.Sprint("recovered: ", r)
		n = chain(2, "r")
	}()
	defer func(keep *node) {
		garbage()
		runtime.GC()
		out = append(out, "before recovery "+names(keep))
	}(chain(2, "k"))
	var m map[string]int
	m["x"] = 1
	return "unreachable", nil
}

func nested(depth int) (r string) {
	if depth == 0 {
		runtime.GC()
		return "bottom"
	}
	defer func(n *node) { r += names(n) }(chain(1, fmt.Sprint("d", depth)))
	inner := nested(depth - 1)
	garbage()
	return inner + "/"
}

func main() {
	many()
	fmt.Println(len(out), out[0], out[19])
	out = nil
	s, n := results("r")
	fmt.Println(s, names(n))
	msg, n := recovered()
	fmt.Println(msg, names(n), out)
	fmt.Println(nested(12))
}
