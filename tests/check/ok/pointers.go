package main

import "fmt"

type Vec struct{ X, Y int }

func (v *Vec) Scale(k int) { v.X *= k; v.Y *= k }

func newVec(x, y int) *Vec { return &Vec{x, y} } // escaping local is fine

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	v := newVec(1, 2)
	v.Scale(3)
	fmt.Println(*v, v.X, (*v).Y)

	pp := &v
	(*pp).X = 100
	fmt.Println(v.X, (**pp).Y)

	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	fmt.Println(arr, len(pa))
	for i, e := range pa {
		fmt.Print(i, e, " ")
	}
	fmt.Println()

	s := []int{1, 2, 3}
	p := &s[1]
	*p = 50
	fmt.Println(s)

	pv := &Vec{}
	pf := &pv.Y
	*pf = 9
	fmt.Println(*pv)

	a, b := new(int), new(int)
	fmt.Println(a == b, *a == *b, a != nil)

	type node struct{ next *node }
	n := &node{}
	n.next = n
	fmt.Println(n.next.next.next == n)
	var np *Vec
	fmt.Println(np == nil)
	lit := &[]string{"a"}
	*lit = append(*lit, "b")
	fmt.Println(*lit, len(*lit))
	mp := &map[string]int{"k": 1}
	(*mp)["k"]++
	fmt.Println((*mp)["k"])
}
