package main

import (
	"errors"
	"fmt"
)

type S struct{}

func (S) String() string { return "S!" }

type W string

func main() {
	e := errors.New("e1")
	fmt.Print(e, e, "\n")
	fmt.Print(S{}, S{}, "\n")
	fmt.Print(W("w"), W("w"), "\n")
	fmt.Print(S{}, "str", S{}, "\n")
	fmt.Print(1, S{}, 2, "\n")
	fmt.Println(e, S{}, W("w"))
}
