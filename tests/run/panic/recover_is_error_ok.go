package main

import (
	"errors"
	"fmt"
)

func check(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%v %v\n", isErr, r)
	}()
	f()
}

func main() {
	check(func() { panic("str") })
	check(func() { panic(errors.New("made")) })
	check(func() { var a []int; _ = a[0] })
	check(func() { panic(fmt.Errorf("wrapped %d", 1)) })
	check(func() {})
}
