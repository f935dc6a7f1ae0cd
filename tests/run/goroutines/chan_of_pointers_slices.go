// Channels of pointers and slices share the underlying data between goroutines.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	pc := make(chan *Node)
	done := make(chan bool)
	go func() {
		n := <-pc
		n.Val *= 10
		done <- true
	}()
	node := &Node{Val: 5}
	pc <- node
	<-done
	fmt.Println(node.Val)

	sc := make(chan []int)
	go func() {
		s := <-sc
		for i := range s {
			s[i] *= 2
		}
		sc <- append(s, 99)
	}()
	data := []int{1, 2, 3}
	sc <- data
	res := <-sc
	fmt.Println(data, res)

	mc := make(chan map[string]int, 1)
	m := map[string]int{"a": 1}
	mc <- m
	got := <-mc
	got["b"] = 2
	fmt.Println(len(m), m["b"])

	ip := make(chan *int, 1)
	x := 1
	ip <- &x
	*<-ip = 42
	fmt.Println(x)
}
