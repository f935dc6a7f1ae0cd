// strings.Repeat (including panics on negative and overflowing counts) and Join.
package main

import (
	"fmt"
	"strings"
)

func try(s string, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("Repeat(%q, %d) panics: %v\n", s, n, r)
		}
	}()
	r := strings.Repeat(s, n)
	if len(r) > 40 {
		fmt.Printf("Repeat(%q, %d) len=%d\n", s, n, len(r))
		return
	}
	fmt.Printf("Repeat(%q, %d) = %q\n", s, n, r)
}

func main() {
	try("", 0)
	try("", 5)
	try("", 1<<62)
	try("ab", 0)
	try("ab", 1)
	try("ab", 3)
	try("世", 4)
	try("-", 1000)
	try("x", -1)
	try("ab", 1<<62)
	try("abcdefgh", 1<<61)
	try("-", 10000)
	for _, c := range []struct {
		e   []string
		sep string
	}{{nil, ","}, {[]string{}, ","}, {[]string{"a"}, ","}, {[]string{"a", "b", "c"}, ", "},
		{[]string{"", "", ""}, "-"}, {[]string{"x", "y"}, ""}, {[]string{"世", "界"}, "→"}} {
		fmt.Printf("Join(%q, %q) = %q\n", c.e, c.sep, strings.Join(c.e, c.sep))
	}
}
