// strings.Index family: Index, LastIndex, IndexByte, IndexRune, IndexAny, IndexFunc and Last variants.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	type tc struct{ s, sub string }
	for _, c := range []tc{
		{"", ""}, {"", "a"}, {"abc", ""}, {"chicken", "ken"}, {"chicken", "dmr"},
		{"xxxxx", "xx"}, {"héllo", "llo"}, {"世界世界", "界"}, {"abc", "abcd"},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aaaaaaaaab"}, {"\xff\xfe", "\xfe"},
	} {
		fmt.Printf("Index(%q,%q)=%d LastIndex=%d Contains=%v Count=%d\n", c.s, c.sub,
			strings.Index(c.s, c.sub), strings.LastIndex(c.s, c.sub), strings.Contains(c.s, c.sub), strings.Count(c.s, c.sub))
	}
	for _, c := range []struct {
		s string
		b byte
	}{{"", 'a'}, {"abca", 'a'}, {"xyz", 'a'}, {"héllo", 0xa9}} {
		fmt.Printf("IndexByte(%q,%q)=%d LastIndexByte=%d\n", c.s, c.b, strings.IndexByte(c.s, c.b), strings.LastIndexByte(c.s, c.b))
	}
	for _, c := range []struct {
		s string
		r rune
	}{{"chicken", 'k'}, {"chicken", 'd'}, {"héllo", 'é'}, {"a\xffb", utf8RuneError}, {"a\uFFFDb", utf8RuneError},
		{"abc", -1}, {"abc", 0x110000}, {"世界", '界'}, {"", 'a'}} {
		fmt.Printf("IndexRune(%q,%q)=%d ContainsRune=%v\n", c.s, c.r, strings.IndexRune(c.s, c.r), strings.ContainsRune(c.s, c.r))
	}
	for _, c := range []tc{
		{"", ""}, {"abc", ""}, {"", "abc"}, {"golang", "xyzn"}, {"golang", "gl"}, {"héllo", "lé"},
		{"a\xffb", "\uFFFD"}, {"abc", "\xff"}, {"世界", "界世"},
	} {
		fmt.Printf("IndexAny(%q,%q)=%d LastIndexAny=%d ContainsAny=%v\n", c.s, c.sub,
			strings.IndexAny(c.s, c.sub), strings.LastIndexAny(c.s, c.sub), strings.ContainsAny(c.s, c.sub))
	}
	for _, s := range []string{"", "abc", "Hello, 世界", "123abc456", "\xffX"} {
		fmt.Printf("IndexFunc(%q) upper=%d lastupper=%d han=%d digit=%d lastdigit=%d\n", s,
			strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsUpper),
			strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }),
			strings.IndexFunc(s, unicode.IsDigit), strings.LastIndexFunc(s, unicode.IsDigit))
	}
}

const utf8RuneError = '\uFFFD'
