package main

import "fmt"

type Stack[T any] struct { // ERROR "not supported by goji"
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack[string]
	s.Push("x")
	fmt.Println(len(s.items))
}
