package main

import "fmt"

type T struct{ name string }

func (t T) ValName() string  { return "val:" + t.name }
func (t *T) PtrName() string { return "ptr:" + t.name }

func main() {
	t := T{"first"}
	fv := t.ValName
	fp := t.PtrName
	t.name = "second"
	fmt.Println(fv(), fp())
	p := &T{"p1"}
	gv := p.ValName
	gp := p.PtrName
	p.name = "p2"
	fmt.Println(gv(), gp())
	p = &T{"p3"}
	fmt.Println(gv(), gp())
	fs := []func() string{}
	for _, n := range []string{"a", "b", "c"} {
		x := T{n}
		fs = append(fs, x.ValName)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var i interface{ ValName() string } = T{"iface"}
	iv := i.ValName
	i = T{"other"}
	fmt.Println(iv(), i.ValName())
}
