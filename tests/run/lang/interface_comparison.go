package main

import "fmt"

type K struct{ A int }
type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int8(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	k := &K{2}
	a, b = k, k
	fmt.Println(a == b)
	var e1 error = E{"x"}
	var e2 error = E{"x"}
	fmt.Println(e1 == e2, e1 == E{"x"}, e1 != E{"y"})
	a = 3
	fmt.Println(a == 3, a == 3.0, a == "3")
	var f interface{} = 1.5
	fmt.Println(f == 1.5)
	var s fmt.Stringer
	var i interface{} = s
	fmt.Println(i == nil, s == nil)
}
