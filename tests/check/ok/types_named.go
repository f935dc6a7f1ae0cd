package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Names []string
type Registry map[string]int
type Op func(int) int
type Pipe chan int
type Flag bool
type Text string

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (n Names) Join() string          { return strings.Join(n, ",") }
func (n Names) Len() int              { return len(n) }
func (n Names) Less(i, j int) bool    { return n[i] < n[j] }
func (n Names) Swap(i, j int)         { n[i], n[j] = n[j], n[i] }
func (r Registry) Register(k string)  { r[k] = len(r) }
func (o Op) Twice(x int) int          { return o(o(x)) }
func (p Pipe) Send(v int)             { p <- v }
func (f Flag) String() string {
	if f {
		return "on"
	}
	return "off"
}
func (t *Text) Append(s string) { *t += Text(s) }

type Temp Celsius // new defined type: does not inherit methods

func main() {
	c := Celsius(100)
	fmt.Println(c.Fahrenheit())
	t := Temp(c)
	fmt.Println(Celsius(t).Fahrenheit(), float64(t))

	n := Names{"c", "a", "b"}
	sort.Sort(n)
	fmt.Println(n.Join(), len(n), n[0])

	r := Registry{}
	r.Register("x")
	r.Register("y")
	fmt.Println(r["y"], len(r))

	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))

	p := make(Pipe, 1)
	p.Send(3)
	fmt.Println(<-p)

	var f Flag = true
	fmt.Println(f, !f, Flag(false))

	var tx Text = "ab"
	tx.Append("cd")
	fmt.Println(tx, len(tx), strings.ToUpper(string(tx)))

	// Underlying type of a named type built on another named type.
	type Deg Celsius
	d := Deg(36.6)
	fmt.Println(d + 1)
}
