package main

import "fmt"

func main() {
	// appending several elements at once (needed > 2*old cap)
	a := []int{1, 2, 3}
	a = append(a, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(len(a), cap(a))
	b := make([]byte, 0, 5)
	b = append(b, make([]byte, 17)...)
	fmt.Println(len(b), cap(b))
	c := append([]int64(nil), make([]int64, 5)...)
	fmt.Println(len(c), cap(c))
	d0 := make([]byte, 5, 5)
	d := append(d0, " world, this is a longer string"...)
	fmt.Println(len(d), cap(d))
	e := make([]int32, 300)
	e = append(e, 1)
	fmt.Println(len(e), cap(e))
	f := make([]int, 1000)
	f = append(f, 1)
	fmt.Println(len(f), cap(f))
	g := make([]uint16, 255)
	g = append(g, 1, 2)
	fmt.Println(len(g), cap(g))
	h := make([][3]byte, 7)
	h = append(h, [3]byte{})
	fmt.Println(len(h), cap(h))
	var s []string
	s = append(s, "a", "b", "c", "d", "e")
	fmt.Println(len(s), cap(s))
}
