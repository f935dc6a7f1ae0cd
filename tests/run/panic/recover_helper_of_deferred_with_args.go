// recover() called by a helper of a deferred function does not recover, also
// when the deferred call has arguments (goji wraps it in a thunk) and the
// deferred function is small enough to inline at -O2.
package main

import "fmt"

func recoverHelper(tag string) {
	r := recover()
	fmt.Println(tag, "helper recover:", r)
}

func wrapper(tag string) {
	recoverHelper(tag)
}

func wrapper2(tag string, n int) {
	if n > 0 {
		recoverHelper(tag)
	}
}

type T struct{ name string }

func (t T) wrap(tag string)   { recoverHelper(tag + t.name) }
func (t *T) pwrap(tag string) { recoverHelper(tag + t.name) }

type I interface{ wrap(string) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "outer caught:", recover()) }()
	f()
}

func main() {
	try("thunk-wrapper", func() {
		defer wrapper("w1")
		panic("p1")
	})
	try("thunk-wrapper2", func() {
		defer wrapper2("w2", 1)
		panic("p2")
	})
	try("method", func() {
		t := T{"T"}
		defer t.wrap("m")
		panic("p3")
	})
	try("pmethod", func() {
		t := &T{"T"}
		defer t.pwrap("pm")
		panic("p4")
	})
	try("iface", func() {
		var i I = T{"I"}
		defer i.wrap("if")
		panic("p5")
	})
	try("methodexpr", func() {
		defer T.wrap(T{"E"}, "me")
		panic("p6")
	})
	try("closure-arg", func() {
		f := func(s string) { wrapper(s) }
		defer f("cl")
		panic("p7")
	})
	try("noarg", func() {
		defer func() { wrapper("na") }()
		panic("p8")
	})
}
