package main

import "fmt"

type S struct{ A int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[S{1}] = "S{1}"
	m[[2]int{1, 1}] = "arr"
	m[nil] = "nil"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m["1"], m[1.0], m[S{1}], m[[2]int{1, 1}], m[nil], m[true])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	type Key interface{}
	var k Key = S{1}
	fmt.Println(m[k])
	delete(m, S{1})
	fmt.Println(len(m))
}
