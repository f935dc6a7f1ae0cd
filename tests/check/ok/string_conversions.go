package main

import (
	"fmt"
	"unicode/utf8"
)

type MyString string
type Bytes []byte
type Runes []rune

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r), utf8.RuneCountInString(s))
	fmt.Println(string(b) == s, string(r) == s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var by byte = 'z'
	fmt.Println(string(by))
	ms := MyString(s)
	fmt.Println(len(ms), string(ms[1:3]))
	bs := Bytes("abc")
	rs := Runes("αβγ")
	fmt.Println(bs, rs, string(bs), string(rs))
	for i, c := range "aé世" {
		fmt.Println(i, c, string(c))
	}
	fmt.Println(s[0], s[1], string(s[0]))
	b[0] = 'H'
	fmt.Println(string(b[:6]))
	fmt.Printf("%q %x\n", s[7:], s[:2])
	var invalid = string([]byte{0xff, 'a'})
	for _, c := range invalid {
		fmt.Println(c == utf8.RuneError)
	}
}
