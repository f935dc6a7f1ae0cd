package main

import "fmt"

type T struct {
	A int
	B string
	C []float64
	D map[string]bool
	E *T
}

type MyInt int

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", "s\n")
	fmt.Printf("%#v %#v\n", 1.0, 1e21)
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", T{1, "x", []float64{1.5}, map[string]bool{"t": true}, nil})
	fmt.Printf("%#v\n", MyInt(5))
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", struct{ X, Y int }{1, 2})
	fmt.Printf("%#v\n", uint8(200))
	fmt.Printf("%#v\n", 'a')
	var e error
	fmt.Printf("%#v\n", e)
}
