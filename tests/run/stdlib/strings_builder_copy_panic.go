// strings.Builder copied by value: String on the copy works, writing to it panics; Reset clears the check.
package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var a strings.Builder
	a.WriteString("original")
	b := a
	fmt.Printf("copy String: %q Len: %d\n", b.String(), b.Len())
	try("WriteString on copy", func() { b.WriteString("x") })
	try("WriteByte on copy", func() { b.WriteByte('x') })
	try("WriteRune on copy", func() { b.WriteRune('x') })
	try("Write on copy", func() { b.Write([]byte("x")) })
	try("Grow on copy", func() { b.Grow(10) })
	b.Reset()
	try("Write after Reset", func() { b.WriteString("fresh") })
	fmt.Println(b.String(), a.String())
	var z strings.Builder
	zc := z
	try("copy of zero Builder", func() { zc.WriteString("fine") })
	fmt.Println(zc.String())
}
