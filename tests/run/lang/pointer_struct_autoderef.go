package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	p := &head.Next.Next.Val
	*p = 33
	fmt.Println(head.Next.Next.Val)
	pp := &head
	(*pp).Val = 11
	fmt.Println(head.Val, (*pp).Next.Val)
	x := 5
	px := &x
	ppx := &px
	**ppx = 6
	fmt.Println(x, *px == **ppx)
	q := new(Node)
	q.Val = 9
	fmt.Println(*q)
	arr := &[3]int{1, 2, 3}
	arr[1] = 20
	fmt.Println(*arr, len(arr))
	for i, v := range arr {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	s := arr[1:]
	fmt.Println(s)
}
