// Method values of methods promoted from embedded interfaces: bound through
// the embedded interface, a nil one panicking at the binding.
package main

import (
	"fmt"
	"strings"
)

type S interface{ Speak() string }
type D struct{}

func (D) Speak() string { return "woof" }

type W struct{ S }

type X struct {
	W
	fmt.Stringer
}

type P struct{ *W }

func main() {
	w := W{D{}}
	f := w.Speak
	fmt.Println(f())
	g := (&w).Speak
	w.S = nil
	fmt.Println(g())
	w.S = D{}
	x := X{w, &strings.Builder{}}
	h := x.String
	fmt.Printf("%q %s\n", h(), x.W.Speak())
	p := P{&w}
	k := p.Speak
	fmt.Println(k())
	defer func() { fmt.Println("recovered:", recover()) }()
	var z W
	zf := z.Speak
	fmt.Println("bound")
	zf()
}
