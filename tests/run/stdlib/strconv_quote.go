// strconv.Quote, QuoteToASCII, QuoteToGraphic, QuoteRune variants, CanBackquote, IsPrint, IsGraphic.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "hello", "tab\there", "nl\n", "quote\"s", "back\\slash", "\a\b\f\r\v", "\x00\x01\x7f",
		"héllo", "世界", "\xff\xfe", "\u00a0nbsp", "\u2028", "\U0001F600", "\u200b", "'single'", "\ufeff", "\U0010FFFF", "\u0300"}
	for _, s := range strs {
		fmt.Printf("%s | %s | %s | back=%v\n", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '世', 0x1F600, 0xa0, 0x2028, -1, 0xD800, 0x110000, 0xFFFD, 0x10FFFF, 0x0300}
	for _, r := range runes {
		fmt.Printf("%d: %s %s %s print=%v graphic=%v\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r),
			strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{"`", "a`b", "\t", "\x7f", "\ufeff", "ok text"} {
		fmt.Printf("CanBackquote(%q)=%v\n", s, strconv.CanBackquote(s))
	}
	b := strconv.AppendQuote([]byte("q:"), "x\ny")
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteToGraphic(b, "\u00a0")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToGraphic(b, '\t')
	fmt.Println(string(b))
}
