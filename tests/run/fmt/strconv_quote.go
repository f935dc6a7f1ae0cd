package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n"))
	fmt.Println(strconv.Quote("日本\t\xff"))
	fmt.Println(strconv.QuoteToASCII("日本☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"))
}
