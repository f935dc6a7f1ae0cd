package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	last, lsize := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), lsize)
	buf := make([]byte, utf8.UTFMax)
	n := utf8.EncodeRune(buf, '界')
	fmt.Println(buf[:n], n, utf8.RuneLen('é'))
	fmt.Println(utf8.ValidString("\xff"), utf8.RuneError)
	upper, letters, spaces, puncts := 0, 0, 0, 0
	for _, c := range s {
		if unicode.IsUpper(c) {
			upper++
		}
		if unicode.IsLetter(c) {
			letters++
		}
		if unicode.IsSpace(c) {
			spaces++
		}
		if unicode.IsPunct(c) {
			puncts++
		}
	}
	fmt.Println(upper, letters, spaces, puncts)
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), unicode.IsDigit('٣'), unicode.IsNumber('5'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin))
	fmt.Println(utf8.FullRune([]byte{0xe4}), utf8.RuneCount([]byte(s)))
}
