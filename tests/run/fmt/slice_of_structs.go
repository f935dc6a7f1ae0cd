package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	ps := []Point{{1, 2}, {3, 4}, {-5, 6}}
	fmt.Println(ps)
	fmt.Printf("%v\n", ps)
	fmt.Printf("%+v\n", ps)
	fmt.Printf("%#v\n", ps)
	fmt.Printf("%d\n", ps)
	fmt.Printf("%03d\n", ps)
	arr := [2]Point{}
	fmt.Println(arr)
	pp := []*Point{nil, nil}
	fmt.Println(pp)
	fmt.Println(len(ps), ps[1:])
}
