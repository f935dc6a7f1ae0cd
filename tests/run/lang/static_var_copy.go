// Package variables initialized from other package variables. Go 1.19
// copies a same-package variable's static initial value (pointer, slice,
// struct, array and number literals) even when a function run earlier in
// initialization changed it (fixed only in Go 1.20, issue 51913); strings
// and interfaces are copied at run time, and so is anything a map literal
// holds.
package main

import "fmt"

type T struct{ n int }

var y = &T{1}
var x = bump()
var z = y

func bump() int {
	y = &T{7}
	n1 = 2
	s1 = "b"
	i1 = 2
	st1.n = 9
	return 0
}

var n1 = 1
var s1 = "a"
var i1 any = 1
var st1 = T{3}
var w = bump2()
var n2 = n1
var s2 = s1
var i2 = i1
var st2 = st1
var m = map[string]int{"n1": n1}

func bump2() int { return bump() }

var table = []int{1, 2, 3}
var alias = table
var arr = [2]int{4, 5}
var arrCopy = arr
var p = &arr
var q = p

var names = map[string]*T{"one": one, "two": two}
var one = &T{1}
var two = &T{2}

func main() {
	fmt.Println(x, w, z.n, y.n)
	fmt.Println(n2, s2, i2, st2, m)
	table[0] = 10
	fmt.Println(alias, arrCopy)
	p[0] = 40
	fmt.Println(arr, q[0], arrCopy)
	fmt.Println(names["one"].n, names["two"] == two)
}
