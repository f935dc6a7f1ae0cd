// exit: 2
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int { return t.n }
func (t *T) Ptr() string {
	if t == nil {
		return "nil ok"
	}
	return "non-nil"
}

func main() {
	var p *T
	f := p.Ptr
	fmt.Println(f())
	g := p.Val
	fmt.Println("not reached", g())
}
