// Struct and array == compare fields and elements in order and stop at the
// first that differs, as Go's generated comparisons do: an interface after
// it holding an uncomparable value does not panic; one before it does.
package main

import "fmt"

type S struct {
	a int
	i interface{}
}

type R struct {
	i interface{}
	a int
}

type N struct {
	name string
	s    S
	t    [2]interface{}
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	try("S differs first", func() bool { return S{1, []int{}} == S{2, []int{}} })
	try("S !=", func() bool { return S{1, []int{}} != S{2, []int{}} })
	try("S equal first", func() bool { return S{1, []int{}} == S{1, []int{}} })
	try("R", func() bool { return R{[]int{}, 1} == R{[]int{}, 2} })
	try("array differs first", func() bool { return [2]interface{}{1, []int{}} == [2]interface{}{2, []int{}} })
	try("array equal first", func() bool { return [2]interface{}{1, []int{}} == [2]interface{}{1, []int{}} })
	try("nested string first", func() bool {
		return N{"x", S{1, map[int]int{}}, [2]interface{}{}} == N{"y", S{1, map[int]int{}}, [2]interface{}{}}
	})
	try("nested array", func() bool {
		return N{"x", S{1, 2}, [2]interface{}{3, func() {}}} == N{"x", S{1, 2}, [2]interface{}{4, func() {}}}
	})
	try("nested panic", func() bool {
		return N{"x", S{1, 2}, [2]interface{}{func() {}, 3}} == N{"x", S{1, 2}, [2]interface{}{func() {}, 4}}
	})
	var x, y interface{} = S{1, []int{}}, S{2, []int{}}
	try("boxed", func() bool { return x == y })
	try("all equal", func() bool { return N{"x", S{1, "a"}, [2]interface{}{1.5, "b"}} == N{"x", S{1, "a"}, [2]interface{}{1.5, "b"}} })
}
