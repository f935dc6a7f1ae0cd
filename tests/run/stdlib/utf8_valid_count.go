// unicode/utf8: Valid, ValidString, RuneCount, RuneCountInString on long mixed strings and invalid tails.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "hello", "héllo wörld", "日本語テキスト", strings.Repeat("ab", 100), strings.Repeat("é", 50) + "\xff",
		"\xff" + strings.Repeat("x", 30), strings.Repeat("世界", 20) + "\xe4", "abcdefgh\x80", "12345678\xc3\xa9",
		"\x00\x01", "\U0010FFFF", "\xf4\x90\x80\x80", "ascii only 0123456789 ~!@#$%^&*()"}
	for _, s := range inputs {
		fmt.Printf("len=%d Valid=%v ValidString=%v RuneCount=%d RuneCountInString=%d\n", len(s),
			utf8.Valid([]byte(s)), utf8.ValidString(s), utf8.RuneCount([]byte(s)), utf8.RuneCountInString(s))
	}
	var b []byte
	for r := rune(0); r < 0x11000; r += 0x3ff {
		b = utf8.AppendRune(b, r)
	}
	fmt.Println(len(b), utf8.RuneCount(b), utf8.Valid(b))
}
