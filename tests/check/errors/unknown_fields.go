// errorcheck

package main

import "strings"

type P struct{ X, Y int }

func main() {
	_ = P{Z: 1} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	p := P{}
	p.Z = 3 // ERROR "p\.Z undefined \(type P has no field or method Z\)"
	_ = &P{x: 1} // ERROR "unknown field 'x' in struct literal of type P"
	_ = strings.Builder{buf: nil} // ERROR "unknown field 'buf' in struct literal of type strings\.Builder"
	var b strings.Builder
	_ = b.buf // ERROR "b\.buf undefined \(type strings\.Builder has no field or method buf\)"
	_ = []P{{W: 1}} // ERROR "unknown field 'W' in struct literal of type struct\{X int; Y int\}"
}
