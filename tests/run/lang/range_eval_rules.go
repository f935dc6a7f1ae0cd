// range evaluates an array-valued call even with one iteration variable,
// and assigns `for i, x[i] = range` as a parallel assignment.
package main

import "fmt"

var calls int

func arr() [3]int {
	calls++
	return [3]int{7, 8, 9}
}

func main() {
	n := 0
	for i := range arr() {
		n += i
	}
	for range arr() {
		n++
	}
	var a [4]int
	for i := range a {
		n += i
	}
	fmt.Println(n, calls)

	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[string]int{"k": 5}
	keys := []string{"", ""}
	j := 1
	for keys[j], j = range m {
	}
	fmt.Println(keys, j)
}
