// sort.Slice, SliceStable and SliceIsSorted on values that are not slices: recoverable reflect panics.
package main

import (
	"fmt"
	"sort"
)

type myInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: recovered error: %v\n", name, e)
			return
		}
		fmt.Printf("%s: recovered: %v\n", name, r)
	}()
	f()
}

func main() {
	less := func(i, j int) bool { return false }
	try("Slice int", func() { sort.Slice(42, less) })
	try("Slice named int", func() { sort.Slice(myInt(1), less) })
	try("SliceStable map", func() { sort.SliceStable(map[string]int{}, less) })
	try("Slice nil", func() { sort.Slice(nil, less) })
	try("Slice array", func() { sort.Slice([3]int{3, 2, 1}, less) })
	try("Slice pointer to slice", func() { s := []int{2, 1}; sort.Slice(&s, less) })
	try("SliceIsSorted int", func() { fmt.Println(sort.SliceIsSorted(7, less)) })
	try("SliceIsSorted string", func() { fmt.Println(sort.SliceIsSorted("cba", func(i, j int) bool { return "cba"[i] < "cba"[j] })) })
	try("SliceIsSorted array", func() { fmt.Println(sort.SliceIsSorted([2]int{1, 2}, less)) })
	fmt.Println("done")
}
