// strings.Builder: writes of every kind, Len, Grow, Reset, zero value.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Printf("zero: %q len=%d\n", b.String(), b.Len())
	n, err := b.WriteString("héllo")
	fmt.Println("WriteString", n, err, b.Len())
	err = b.WriteByte(' ')
	fmt.Println("WriteByte", err, b.Len())
	for _, r := range []rune{'w', 'ö', '世', 0x1F600, -1, 0x110000, 0xD800} {
		n, err := b.WriteRune(r)
		fmt.Println("WriteRune", r, n, err, b.Len())
	}
	n, err = b.Write([]byte{'!', 0xff, '?'})
	fmt.Println("Write", n, err, b.Len())
	n, err = b.Write(nil)
	fmt.Println("Write nil", n, err, b.Len())
	fmt.Printf("%q\n", b.String())
	s1 := b.String()
	b.WriteString("more")
	fmt.Printf("old %q new %q\n", s1, b.String())
	b.Reset()
	fmt.Printf("after Reset: %q len=%d cap=%d\n", b.String(), b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println("after Grow(100): len", b.Len(), "cap>=100", b.Cap() >= 100)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&b, "%d,", i%10)
	}
	s := b.String()
	fmt.Println("len", len(s), "prefix", s[:20], "suffix", s[len(s)-10:])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c strings.Builder
		c.Grow(-1)
	}()
	var c strings.Builder
	c.Grow(0)
	fmt.Println("Grow(0)", c.Len(), c.String() == "")
	p := &strings.Builder{}
	p.WriteString("ptr")
	fmt.Println(p.String(), p.Len())
}
