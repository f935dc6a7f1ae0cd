// strings.ToUpper/ToLower/ToTitle/Title and the Special variants on ASCII and Unicode.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{
		"", "hello world", "HELLO", "MiXeD 123", "héllo wörld", "ǆemal ǅ Ǆ",
		"straße", "ΑΒΓ αβγ ς", "привет МИР", "ﬁ ﬂ", "ı i İ I", "\xffabc\xfe",
		"ǲ", "ⓐⓑⓒ", "ａｂｃ", "ΐ", "the quick-brown fox's tale",
	}
	for _, s := range inputs {
		fmt.Printf("%q: upper=%q lower=%q title=%q Title=%q\n", s,
			strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s))
	}
	for _, s := range []string{"ıi İI", "istanbul", "DİYARBAKIR"} {
		fmt.Printf("turkish %q: upper=%q lower=%q title=%q\n", s,
			strings.ToUpperSpecial(unicode.TurkishCase, s),
			strings.ToLowerSpecial(unicode.TurkishCase, s),
			strings.ToTitleSpecial(unicode.TurkishCase, s))
	}
	fmt.Printf("%q\n", strings.Title("hello_world  x.y-z don't 3rd"))
}
