package main

import "fmt"

type Node struct {
	V    string
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v string) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List) Remove(v string) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).V == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		s += n.V
		if n.Next != nil {
			s += " "
		}
	}
	return s + "]"
}

func main() {
	var l List
	for _, v := range []string{"a", "b", "c", "d"} {
		l.Push(v)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove("c"), l.Remove("zz"), l.Remove("a"), l)
	fmt.Println(l.size)
}
