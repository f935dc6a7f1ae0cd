// A function literal deferred where it is written keeps its closure in the
// deferring function's frame; the defer record's layout makes the
// collector mark the cells it captures, whose values must survive
// collections that run before the deferred call.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	name string
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{name: strings.Repeat("x", i%7) + fmt.Sprint(i), next: head}
	}
	return head
}

func length(n *node) int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func churn() {
	for i := 0; i < 200; i++ {
		_ = build(50)
	}
	runtime.GC()
}

func named(n int) (list *node, err error) {
	list = build(n)
	defer func() {
		churn()
		if length(list) != n {
			err = errors.New("list lost nodes")
		}
		list = &node{name: "head:" + list.name, next: list}
	}()
	churn()
	return list, nil
}

func recovered() (msg string) {
	saved := build(10)
	defer func() {
		churn()
		if r := recover(); r != nil {
			msg = fmt.Sprint(r, " ", saved.name, " ", length(saved))
		}
	}()
	defer func() {
		churn()
		saved = &node{name: "replaced", next: saved}
	}()
	churn()
	panic("boom")
}

func several(k int) (out []string) {
	a, b, c := build(k), build(k+1), build(k+2)
	defer func() { out = append(out, fmt.Sprint("a ", length(a), " ", a.name)) }()
	defer func() { churn(); out = append(out, fmt.Sprint("b ", length(b), " ", b.name)) }()
	defer func() { out = append(out, fmt.Sprint("c ", length(c), " ", c.name)) }()
	a, b, c = build(k+4), build(k+3), build(k+5)
	churn()
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		list, err := named(100 + i)
		fmt.Println(length(list), list.name, err)
	}
	fmt.Println(recovered())
	fmt.Println(several(3))
}
