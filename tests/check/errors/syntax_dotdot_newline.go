// errorcheck

package main

// Go's scanner reads ahead after "..": when a newline follows, it counts that
// newline twice, so the second '.' and everything after it are reported one
// line further down than they are.

func main() {
	x := 1
	_ = x..
	// ERROR "syntax error: unexpected \., expecting name or \("
}
