// unicode/utf8 encoding: RuneLen, EncodeRune, AppendRune, ValidRune on boundaries, surrogates and out-of-range runes.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	runes := []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000,
		0x10ffff, 0x110000, -1, 0x7fffffff, -0x80000000, '世', '😀'}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%#x: RuneLen=%d Encode=%d % x Append=% x Valid=%v string=%q\n", r, utf8.RuneLen(r), n, buf[:n],
			utf8.AppendRune([]byte("_"), r), utf8.ValidRune(r), string(r))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		utf8.EncodeRune(make([]byte, 1), '世')
	}()
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	for _, b := range []byte{0, 0x7f, 0x80, 0xbf, 0xc0, 0xff} {
		fmt.Print(utf8.RuneStart(b), " ")
	}
	fmt.Println()
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRune([]byte{0xff}), utf8.FullRune(nil))
}
