package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xfe\xc3"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%x\n", s)
	fmt.Printf("% X\n", s)
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Printf("%q\n", []byte(s))
	fmt.Printf("%q\n", string(rune(0xD800)))
	fmt.Printf("%q\n", string(rune(-1)))
}
