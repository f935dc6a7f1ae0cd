package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c Counter) IncVal()  { c.n++ }
func (c *Counter) Inc()    { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m *MyInt) Add(k int)     { *m += MyInt(k) }

func main() {
	c := Counter{}
	c.Inc()
	c.IncVal()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	p.IncVal()
	fmt.Println(p.Get(), c.n)
	var m MyInt = 5
	m.Add(3)
	fmt.Println(m, m.Double(), MyInt(7).Double())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	mc := map[string]*Counter{"a": {10}}
	mc["a"].Inc()
	fmt.Println(mc["a"].Get())
}
