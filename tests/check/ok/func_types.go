package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(a, b int) int
type Predicate func(string) bool
type Middleware func(Handler) Handler
type Handler func(string) string

func (op BinOp) Apply(a, b int) int { return op(a, b) }

func (p Predicate) Not() Predicate { return func(s string) bool { return !p(s) } }

func filter(xs []string, p Predicate) []string {
	var out []string
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	var add BinOp = func(a, b int) int { return a + b }
	mul := BinOp(func(a, b int) int { return a * b })
	fmt.Println(add.Apply(2, 3), mul(2, 3))
	ops := map[string]BinOp{"+": add, "*": mul}
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](6, 7))
	}

	long := Predicate(func(s string) bool { return len(s) > 3 })
	words := []string{"go", "gopher", "vm", "types"}
	fmt.Println(filter(words, long), filter(words, long.Not()))

	upper := func(h Handler) Handler { return func(s string) string { return strings.ToUpper(h(s)) } }
	exclaim := func(h Handler) Handler { return func(s string) string { return h(s) + "!" } }
	h := chain(func(s string) string { return "hi " + s }, upper, exclaim)
	fmt.Println(h("bob"))

	var nilFn func()
	fmt.Println(nilFn == nil, add != nil)
	fmt.Printf("%T\n", add)
	var generic func(...interface{}) (int, error) = fmt.Println
	generic("via func var")
}
