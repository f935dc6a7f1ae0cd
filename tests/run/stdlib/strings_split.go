// strings.Split, SplitN, SplitAfter, SplitAfterN: empty separators, n values, Unicode.
package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := []struct{ s, sep string }{
		{"a,b,c", ","}, {"a,b,c,", ","}, {",a,,b,", ","}, {"", ","}, {"", ""},
		{"abc", ""}, {"héllo", ""}, {"a--b--c", "--"}, {"abc", "abc"}, {"abc", "abcd"},
		{"aaaa", "aa"}, {"世界世界", "界"}, {"\xff\xfe", ""}, {"no sep here", "|"},
		{"a b  c", " "},
	}
	for _, c := range cases {
		fmt.Printf("Split(%q, %q) = %q\n", c.s, c.sep, strings.Split(c.s, c.sep))
		fmt.Printf("SplitAfter(%q, %q) = %q\n", c.s, c.sep, strings.SplitAfter(c.s, c.sep))
	}
	for _, n := range []int{-5, -1, 0, 1, 2, 3, 4, 10} {
		r := strings.SplitN("a,b,c,d", ",", n)
		fmt.Printf("SplitN n=%d: %q nil=%v\n", n, r, r == nil)
		fmt.Printf("SplitAfterN n=%d: %q\n", n, strings.SplitAfterN("a,b,c,d", ",", n))
		fmt.Printf("SplitN empty sep n=%d: %q\n", n, strings.SplitN("xyz", "", n))
	}
	fmt.Println(len(strings.Split("", ",")), len(strings.Split("", "")))
}
