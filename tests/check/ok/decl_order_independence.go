package main

import "fmt"

// Everything here is used before it is declared.

func main() {
	var s Stack
	s.Push(limit)
	s.Push(double(limit))
	fmt.Println(s.Pop(), s.Pop(), s.Len())
	fmt.Println(isEven(10), isOdd(7))
	var n Node = Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println(n.Sum())
	fmt.Println(greeting)
}

var greeting = prefix + "world"

const prefix = "hello, "

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s Stack) Len() int { return len(s.items) }

type Stack struct {
	items []int
}

const limit = size * 2

const size = 21

func double(x int) int { return x * 2 }

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

type Node struct {
	Val  int
	Next *Node
}
