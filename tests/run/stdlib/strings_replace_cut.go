// strings.Replace/ReplaceAll with n and empty old, Cut, Compare, Clone, ToValidUTF8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, c := range []struct {
		s, old, new string
		n           int
	}{
		{"oink oink oink", "k", "ky", 2}, {"oink oink oink", "oink", "moo", -1}, {"oink", "oink", "", -1},
		{"aaa", "a", "b", 0}, {"aaa", "a", "b", 1}, {"banana", "a", "<>", -1}, {"abc", "", "-", -1},
		{"abc", "", "-", 2}, {"", "", "x", -1}, {"héllo", "", "|", -1}, {"\xff\xfe", "", ".", -1},
		{"xxx", "xx", "y", -1}, {"abc", "z", "y", -1}, {"世界", "界", "world", 1},
	} {
		fmt.Printf("Replace(%q,%q,%q,%d)=%q\n", c.s, c.old, c.new, c.n, strings.Replace(c.s, c.old, c.new, c.n))
		if c.n == -1 {
			fmt.Printf("  ReplaceAll=%q\n", strings.ReplaceAll(c.s, c.old, c.new))
		}
	}
	for _, c := range [][2]string{{"key=value", "="}, {"key=", "="}, {"=v", "="}, {"novalue", "="}, {"", ""}, {"abc", ""}, {"a==b", "=="}} {
		b, a, f := strings.Cut(c[0], c[1])
		fmt.Printf("Cut(%q,%q) = %q %q %v\n", c[0], c[1], b, a, f)
	}
	for _, c := range [][2]string{{"", ""}, {"a", ""}, {"", "a"}, {"a", "b"}, {"b", "a"}, {"abc", "abd"}, {"ab", "abc"}, {"é", "z"}, {"\xff", "\xfe"}} {
		fmt.Printf("Compare(%q,%q)=%d\n", c[0], c[1], strings.Compare(c[0], c[1]))
	}
	fmt.Printf("Clone: %q %q\n", strings.Clone(""), strings.Clone("abc"))
	for _, s := range []string{"", "valid é", "a\xffb", "\xff\xfe\xfd", "a\xc3", "\xed\xa0\x80x", "\xf4\x90\x80\x80"} {
		fmt.Printf("ToValidUTF8(%q) = %q / %q\n", s, strings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, ""))
	}
}
