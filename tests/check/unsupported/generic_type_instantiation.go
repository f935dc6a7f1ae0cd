package main

import "fmt"

type Pair[K comparable, V any] struct { // ERROR "not supported by goji"
	Key K
	Val V
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p.Key, p.Val)
}
