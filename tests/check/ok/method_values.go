package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Value() int     { return a.total }

type Valuer interface{ Value() int }

func main() {
	var a Acc
	add := a.Add // method value bound to &a
	add(5)
	add(10)
	fmt.Println(a.total)

	val := a.Value // method value: receiver copied now
	a.Add(1)
	fmt.Println(val(), a.Value())

	// Method expressions.
	f := (*Acc).Add
	fmt.Println(f(&a, 100))
	g := Acc.Value
	fmt.Println(g(a))
	h := (*Acc).Value // value method via pointer receiver expression
	fmt.Println(h(&a))

	// Interface method expression and value.
	iv := Valuer.Value
	fmt.Println(iv(a))
	var v Valuer = &a
	m := v.Value
	fmt.Println(m())

	// Method values from imported types.
	up := strings.ToUpper
	r := strings.NewReplacer("a", "b").Replace
	fmt.Println(up("x"), r("banana"))

	fns := []func(int) int{a.Add, func(x int) int { return -x }}
	for _, fn := range fns {
		fmt.Println(fn(1))
	}
	fmt.Printf("%T %T\n", f, g)
}
