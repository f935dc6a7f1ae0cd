package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8c\xed\xa0\x80d\xf0\x9f\x98"
	for i, r := range s {
		fmt.Printf("%d %U %v\n", i, r, r == utf8.RuneError)
	}
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s))
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	fmt.Printf("%q\n", string(rs))
	t := "\xc0\x80"
	for i, r := range t {
		fmt.Println(i, r)
	}
}
