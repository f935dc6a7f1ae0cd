package main

import "fmt"

type P struct{ A, B int }

func main() {
	arr := [3]int{1, 2, 3}
	sl := []string{"a", "b"}
	m := map[string]int{"k": 1}
	fmt.Println(&arr, &sl, &m)
	fmt.Printf("%v %v %v\n", &arr, &sl, &m)
	fmt.Printf("%+v\n", &P{1, 2})
	fmt.Printf("%d\n", &arr)
	fmt.Printf("%q\n", &sl)
	pp := &P{3, 4}
	fmt.Println(pp, *pp)
	fmt.Println(pp.A)
}
