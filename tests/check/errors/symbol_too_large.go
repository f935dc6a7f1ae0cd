// errorcheck

package main

// Package-level variables over 2e9 bytes, reported by Go's object writer
// once everything else compiled, each at the position of the package's
// first variable; 2e9 bytes exactly is allowed.

var first int // ERROR "main.x: symbol too large \(2000000001 bytes > 2000000000 bytes\)" "main.ptrs: symbol too large \(2400000000 bytes > 2000000000 bytes\)" "main.p: symbol too large \(2147483648 bytes > 2000000000 bytes\)" "main.q: symbol too large"

var x [2000000001]byte

var (
	ok   [2000000000]byte
	ptrs [300000000]*int
	_    [3000000000]byte
)

type pair struct{ a, b [1 << 30]byte }

func main() {
	println(first, len(x), len(ok), len(ptrs), len(p.a), len(q.b))
}

var p, q pair
