// strings.Fields and FieldsFunc: ASCII and Unicode spaces, empty and all-space input.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{
		"", " ", "   ", "a", " a ", "a b c", "  foo bar  baz   ",
		"\tx\ny\rz\vw\fq", "a\u00a0b", "a\u2003b\u3000c", "a\u0085b", "é ü ö",
		"\xff \xfe x", "one\x00two", "  \n\t  lead", "trail \n",
		"a\u200bb", "x\u1680y\u2028z\u2029w",
	}
	for _, s := range inputs {
		f := strings.Fields(s)
		fmt.Printf("Fields(%q) = %q len=%d\n", s, f, len(f))
	}
	isComma := func(r rune) bool { return r == ',' || r == ';' }
	for _, s := range []string{"", ",", "a,b;c", ",,a,,b,,", "no separators", ";;;"} {
		fmt.Printf("FieldsFunc(%q) = %q\n", s, strings.FieldsFunc(s, isComma))
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	for _, s := range []string{"Hello, 世界! 123 ça va?", "42", "\xffab\xfecd"} {
		fmt.Printf("FieldsFunc letters(%q) = %q\n", s, strings.FieldsFunc(s, notLetter))
	}
	fmt.Println(strings.Fields("") == nil, len(strings.Fields("  ")))
}
