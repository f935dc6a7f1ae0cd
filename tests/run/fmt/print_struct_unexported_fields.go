package main

import "fmt"

type inner struct {
	a int
	b []string
}

type Outer struct {
	x   inner
	Y   int
	z   map[string]float64
	ok  bool
	str string
}

func main() {
	o := Outer{inner{1, []string{"p"}}, 2, map[string]float64{"k": 0.5}, true, "s"}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.x)
	fmt.Println(Outer{})
}
