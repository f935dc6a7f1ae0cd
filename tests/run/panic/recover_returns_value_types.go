package main

import (
	"errors"
	"fmt"
)

type Code int

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	fmt.Printf("%v\n", catch(func() { panic(1.5) }))
	fmt.Printf("%v\n", catch(func() { panic(Code(3)) }))
	fmt.Printf("%T\n", catch(func() { panic(Code(3)) }))
	fmt.Printf("%v\n", catch(func() { panic(errors.New("e")) }))
	fmt.Printf("%v\n", catch(func() { panic([]int{1, 2}) }))
	fmt.Printf("%v\n", catch(func() {}))
	v := catch(func() { panic(struct{ A int }{7}) })
	fmt.Printf("%+v\n", v)
}
