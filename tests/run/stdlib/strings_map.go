// strings.Map: identity, dropping runes (negative), expansion, invalid UTF-8.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	id := func(r rune) rune { return r }
	drop := func(r rune) rune {
		if unicode.IsSpace(r) || r == 'x' {
			return -1
		}
		return r
	}
	wide := func(r rune) rune {
		if r < 128 {
			return r + 0xFEE0 - 0x20 + 0x20
		}
		return r
	}
	bad := func(r rune) rune { return 0x110000 }
	tostar := func(r rune) rune {
		if r == utf8RuneError {
			return '*'
		}
		return r
	}
	inputs := []string{"", "hello", "Hello, World!", "a x b x c", "héllo wörld", "\xffab\xc0", "世界", "   "}
	for _, s := range inputs {
		fmt.Printf("%q: id=%q rot13=%q drop=%q upper=%q wide=%q bad=%q star=%q\n", s,
			strings.Map(id, s), strings.Map(rot13, s), strings.Map(drop, s),
			strings.Map(unicode.ToUpper, s), strings.Map(wide, s), strings.Map(bad, s), strings.Map(tostar, s))
	}
	all := strings.Map(func(r rune) rune { return -1 }, "anything")
	fmt.Printf("all dropped: %q\n", all)
}

const utf8RuneError = '\uFFFD'
