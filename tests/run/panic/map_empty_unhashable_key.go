// Looking up or deleting a key on an empty or nil map still hashes it, as
// Go does when the key type may hold an interface: an unhashable dynamic
// type panics even then (hashMightPanic).
// exit: 2
package main

import "fmt"

type K struct {
	n int
	i interface{}
}

type N struct {
	k [1]K
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("struct key, empty map", func() { m := map[K]int{}; _ = m[K{1, []int{}}] })
	try("struct key, nil map", func() { var m map[K]int; _, ok := m[K{1, map[int]int{}}]; fmt.Println(ok) })
	try("struct key, delete", func() { m := map[K]bool{}; delete(m, K{2, func() {}}) })
	try("nested key", func() { var m map[N]int; _ = m[N{[1]K{{0, []string{}}}}] })
	try("array key", func() { var m map[[2]K]int; _ = m[[2]K{{}, {0, []int{}}}] })
	try("hashable", func() { var m map[K]int; fmt.Println(m[K{1, "x"}]) })
	var m map[K]int
	_ = m[K{3, []byte{}}]
}
