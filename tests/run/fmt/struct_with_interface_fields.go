package main

import (
	"errors"
	"fmt"
)

type Holder struct {
	Any   interface{}
	Err   error
	Items []interface{}
}

func main() {
	h := Holder{Any: 3.5, Err: nil, Items: []interface{}{1, "two", nil, []int{3}}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	h2 := Holder{Any: "s", Err: errors.New("bad"), Items: nil}
	fmt.Println(h2)
	fmt.Printf("%+v\n", h2)
	h3 := Holder{Any: Holder{Any: 1}}
	fmt.Printf("%+v\n", h3)
}
