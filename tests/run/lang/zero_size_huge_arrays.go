// Arrays of zero-size elements of any length: variables, globals, literals,
// parameters, copies, comparison and new cost nothing at compile time.
package main

import "fmt"

type E struct{}

var big [1 << 24]struct{}
var lit = [1 << 24]E{}

func f(a [1 << 24]E) [1 << 24]E { return a }

func main() {
	var local [1 << 24]struct{}
	var l2 [1 << 30][0]int
	b := f([1 << 24]E{})
	c := local
	fmt.Println(len(big), len(local), len(l2), len(lit), b == lit, c == big, local[1<<23], l2[5])
	p := new([1 << 24]E)
	q := &[1 << 24]E{}
	fmt.Println(len(p), *p == *q, p != q)
	s := make([]E, 1<<30)
	fmt.Println(len(s), s[1<<29])
}
