package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a€😀"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for _, r := range s {
		fmt.Printf("%c %d %U len=%d\n", r, r, r, utf8.RuneLen(r))
	}
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Printf("%q %d\n", r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Printf("%q %d %v\n", r, size, r == utf8.RuneError)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Printf("% x\n", buf[:n])
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xc0"))
}
