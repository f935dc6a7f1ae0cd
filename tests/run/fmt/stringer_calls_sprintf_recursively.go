package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val      int
	Children []*Node
}

func (n *Node) String() string {
	if len(n.Children) == 0 {
		return fmt.Sprint(n.Val)
	}
	parts := make([]string, len(n.Children))
	for i, c := range n.Children {
		parts[i] = c.String()
	}
	return fmt.Sprintf("%d(%s)", n.Val, strings.Join(parts, " "))
}

func main() {
	t := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}, {5, nil}}}}}
	fmt.Println(t)
	fmt.Printf("%v|%s|%q\n", t, t, t)
	fmt.Println(t.Children)
	fmt.Println([]fmt.Stringer{t.Children[0], t.Children[1]})
}
