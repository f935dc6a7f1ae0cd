// unicode/utf8 decoding: DecodeRune(InString), DecodeLastRune on invalid, truncated, overlong and surrogate bytes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "世", "😀", "\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xc2", "\xc2\x7f", "\xc2\x80",
		"\xdf\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",
		"\xee\x80\x80", "\xef\xbf\xbd", "\xe4\xb8", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xff", "\xfe", "a\xffb", "\xf0\x9f\x98"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		lr, ln := utf8.DecodeLastRuneInString(s)
		lr2, ln2 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%+q: first=%U/%d same=%v last=%U/%d same=%v full=%v valid=%v count=%d\n", s, r, n, r == r2 && n == n2,
			lr, ln, lr == lr2 && ln == ln2, utf8.FullRuneInString(s), utf8.ValidString(s), utf8.RuneCountInString(s))
	}
	var runes []rune
	for _, r := range "a\xffb\xc0\x80c\xed\xa0\x80d世" {
		runes = append(runes, r)
	}
	fmt.Printf("range: %U\n", runes)
	fmt.Printf("conversion: %U\n", []rune("x\xe4\xb8y"))
}
