package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println(utf8.RuneCountInString(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%c:%d ", r, size)
		s = s[size:]
	}
	fmt.Println()
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('😀'), utf8.ValidRune(0xD800))
	fmt.Println(unicode.IsUpper('H'), unicode.IsLetter('世'), unicode.IsDigit('5'), unicode.IsSpace('\t'), unicode.ToUpper('é'))
	r, sz := utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, sz)
	b := utf8.AppendRune(nil, 0x10FFFF)
	fmt.Println(b, utf8.FullRune([]byte{0xe4, 0xb8}))
}
