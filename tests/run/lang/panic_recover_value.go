package main

import (
	"errors"
	"fmt"
)

type Custom struct{ Code int }

func try(f func()) (v interface{}) {
	defer func() {
		v = recover()
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { panic("str") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(Custom{7}) }))
	fmt.Println(try(func() {}))
	v := try(func() { panic(3.5) })
	f, ok := v.(float64)
	fmt.Println(f, ok)
	fmt.Printf("%T\n", try(func() { panic(Custom{1}) }))
	fmt.Println(recover())
}
