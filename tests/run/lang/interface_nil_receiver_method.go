package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", l.Val, l.Next)
}

type Summer interface{ Sum() int }

func main() {
	l := &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Sum(), l)
	var empty *List
	fmt.Println(empty.Sum(), empty.String())
	var s Summer = empty
	fmt.Println(s != nil, s.Sum())
	var st fmt.Stringer = empty
	fmt.Println(st)
}
