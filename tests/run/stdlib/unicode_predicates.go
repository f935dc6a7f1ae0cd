// unicode predicates on ASCII and non-ASCII runes: IsLetter, IsSpace, IsUpper, IsLower, IsDigit, IsNumber...
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0, 0x1680, 0x2000, 0x2028, 0x3000, 0x200b,
		'é', 'É', 'ß', 'ǅ', 'Σ', 'ς', 'ж', 'Ж', '世', 'ｱ', '٣', '²', 'Ⅻ', '½', '!', '¿', '€', '+', '©', '\u0301',
		0, 0x7f, 0x9f, 0xad, 0xfeff, 0xfffd, 0x10ffff, -1, 0x110000, '😀', 'ı', 'İ', 'ﬁ', 'ª', 'ʰ'}
	for _, r := range runes {
		fmt.Printf("%U letter=%v space=%v upper=%v lower=%v title=%v digit=%v number=%v punct=%v symbol=%v mark=%v control=%v graphic=%v print=%v\n",
			r, unicode.IsLetter(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'Σ'), unicode.Is(unicode.Cyrillic, 'a'))
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('x', unicode.Han), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
}
