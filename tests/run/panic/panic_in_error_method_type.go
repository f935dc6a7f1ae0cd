// exit: 2
// An Error method that panics with a runtime error while the uncaught panic
// is being printed: the fatal error names the inner value's type.
package main

type Bad struct{ n int }

func (b Bad) Error() string {
	var a []int
	return string(rune(a[b.n]))
}

func main() {
	panic(Bad{3})
}
