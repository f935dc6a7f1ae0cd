package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Reading struct {
	Pub  Celsius
	priv Celsius
}

type WithErr struct {
	Err error
	N   int
}

func main() {
	r := Reading{20.5, 30.25}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	w := WithErr{errors.New("oops"), 1}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(WithErr{})
}
