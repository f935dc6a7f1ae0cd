package main

import "fmt"

type Base struct {
	ID   int
	Kind string
}

type Extra struct {
	Note string
}

type Derived struct {
	Base
	*Extra
	Name string
}

func main() {
	d := Derived{Base: Base{7, "k"}, Name: "d"}
	fmt.Println(d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d.Base)
	fmt.Println(d.ID, d.Kind)
	e := &Derived{Base{1, "a"}, nil, "e"}
	fmt.Printf("%+v\n", e)
}
