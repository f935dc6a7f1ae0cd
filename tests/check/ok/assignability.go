package main

import (
	"errors"
	"fmt"
)

type IntSlice []int
type Handler func(int) int
type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Point struct{ X, Y int }

func main() {
	// Identical underlying types where one side is unnamed.
	var raw []int = []int{1, 2}
	var named IntSlice = raw
	raw = named
	fmt.Println(raw, named)

	var h Handler = func(x int) int { return x + 1 }
	var f func(int) int = h
	fmt.Println(f(1), h(2))

	// nil is assignable to pointer, slice, map, chan, func, interface.
	var p *Point = nil
	var s []string = nil
	var m map[string]int = nil
	var ch chan int = nil
	var fn func() = nil
	var e error = nil
	fmt.Println(p == nil, s == nil, m == nil, ch == nil, fn == nil, e == nil)

	// Bidirectional channel to directional channel.
	c := make(chan int, 1)
	var send chan<- int = c
	var recv <-chan int = c
	send <- 5
	fmt.Println(<-recv)

	// Values implementing interfaces.
	e = &MyErr{"boom"}
	var target *MyErr
	fmt.Println(e, errors.As(e, &target), target.msg)
	var iface interface{} = Point{1, 2}
	fmt.Println(iface)

	// Anonymous struct types are identical if fields match.
	var a struct{ X, Y int }
	a = struct{ X, Y int }{3, 4}
	var pt Point = a
	fmt.Println(pt)

	// Untyped constants to named types.
	var n IntSlice = IntSlice{}
	n = append(n, 'a')
	fmt.Println(n)
}
