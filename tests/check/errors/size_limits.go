// errorcheck

package main

// Types too large for amd64, reported once type checking succeeded, at the
// declaration or expression where Go's compiler first meets them.

type E [70000]int8

type Big [1 << 50]byte // ERROR "type \[1125899906842624\]byte larger than address space"

var x [1 << 51]byte // ERROR "type \[2251799813685248\]byte larger than address space"

var c chan [1 << 16]byte // ERROR "channel element type too large \(>64kB\)"

func main() {
	ch := make(chan E) // ERROR "channel element type too large \(>64kB\)"
	p := new([1 << 52]int8) // ERROR "type \[4503599627370496\]int8 larger than address space"
	var s struct{ a [1 << 40][1 << 20]byte } // ERROR "type \[1099511627776\]\[1048576\]byte larger than address space"
	_, _, _ = ch, p, s
}
