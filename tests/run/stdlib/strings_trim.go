// strings.Trim, TrimLeft, TrimRight, TrimSpace, TrimPrefix, TrimSuffix, TrimFunc variants.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	cs := []struct{ s, cut string }{
		{"", ""}, {"abc", ""}, {"  abc  ", " "}, {"xxhixx", "x"}, {"abcba", "ab"}, {"aaa", "a"},
		{"¡¡Hola!!", "!¡"}, {"世界hello世", "世界"}, {"\xffabc\xff", "\xff"}, {"\xffabc\xff", "\uFFFD"},
		{"123abc321", "0123456789"}, {"  \t\nx\n", " \t"},
	}
	for _, c := range cs {
		fmt.Printf("Trim(%q,%q)=%q Left=%q Right=%q\n", c.s, c.cut,
			strings.Trim(c.s, c.cut), strings.TrimLeft(c.s, c.cut), strings.TrimRight(c.s, c.cut))
	}
	for _, s := range []string{"", "   ", " \t\n a b \r\n", "\u00a0x\u3000", "x", "\u0085\u2028y\u200b", " \xff "} {
		fmt.Printf("TrimSpace(%q)=%q\n", s, strings.TrimSpace(s))
	}
	for _, c := range []struct{ s, p string }{{"prefix-body", "prefix-"}, {"body", "x"}, {"", ""}, {"aaa", "a"}, {"héllo", "hé"}} {
		fmt.Printf("TrimPrefix(%q,%q)=%q TrimSuffix=%q HasPrefix=%v HasSuffix=%v\n", c.s, c.p,
			strings.TrimPrefix(c.s, c.p), strings.TrimSuffix(c.s, c.p), strings.HasPrefix(c.s, c.p), strings.HasSuffix(c.s, c.p))
	}
	for _, s := range []string{"123abc456", "abc", "", "9", "٣٤abc٥"} {
		fmt.Printf("TrimFunc digit(%q)=%q Left=%q Right=%q\n", s,
			strings.TrimFunc(s, unicode.IsDigit), strings.TrimLeftFunc(s, unicode.IsDigit), strings.TrimRightFunc(s, unicode.IsDigit))
	}
}
