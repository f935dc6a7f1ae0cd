package main

import "fmt"

// Package-level variables are initialized in dependency order,
// regardless of their order in the source.
var (
	a = c + b // initialized last: depends on b and c
	b = f()   // initialized first (earliest ready variable): 10
	c = f()   // initialized second: 20
	d = 3
)

var counter int

func f() int {
	counter++
	return counter * 10
}

var total = sum(x1, x2, x3)
var x3 = x2 + 1
var x2 = x1 + 1
var x1 = 1

func sum(v ...int) int {
	s := 0
	for _, n := range v {
		s += n
	}
	return s
}

var trace []string

var first = record("first")

func record(s string) string {
	trace = append(trace, s)
	return s
}

func init() {
	trace = append(trace, "init1")
}

var second = record("second")

func init() {
	trace = append(trace, "init2")
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(total, x1, x2, x3)
	fmt.Println(trace, first, second)
}
