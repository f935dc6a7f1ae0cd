package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Value() int { return c.n }

type Incer interface{ Inc() }
type Valuer interface{ Value() int }

type ByValue struct{ Counter }
type ByPtr struct{ *Counter }

func main() {
	bv := &ByValue{}
	var i Incer = bv
	i.Inc()
	i.Inc()
	fmt.Println(bv.Value(), bv.n)
	bp := ByPtr{&Counter{10}}
	i = bp
	i.Inc()
	var v Valuer = bp
	fmt.Println(v.Value(), bp.n)
	v = ByValue{Counter{7}}
	fmt.Println(v.Value())
	shared := &Counter{}
	a, b := ByPtr{shared}, ByPtr{shared}
	a.Inc()
	b.Inc()
	fmt.Println(shared.n, a.Value(), b.Value())
}
