// unicode case mapping: ToUpper, ToLower, ToTitle, To, SimpleFold orbits, SpecialCase (Turkish).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'A', 'z', '0', 'é', 'É', 'ß', 'ẞ', 'ǅ', 'Ǆ', 'ǆ', 'σ', 'ς', 'Σ', 'ı', 'İ', 'i', 'ÿ', 'Ÿ',
		'µ', 'K', '\u212a', 'ﬁ', 'ж', 'ⓐ', 'ａ', '𐐨', '𐐀', 'ǰ', 'ʞ', -1, 0x110000, '世'}
	for _, r := range runes {
		fmt.Printf("%q: upper=%q lower=%q title=%q To(Upper)=%q fold=%q", r, unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), unicode.To(unicode.UpperCase, r), unicode.SimpleFold(r))
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r && len(orbit) < 6; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fmt.Printf(" orbit=%q\n", orbit)
	}
	fmt.Println(unicode.To(unicode.MaxCase, 'a'), unicode.To(-1, 'a'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'q'))
	tc := unicode.TurkishCase
	for _, r := range []rune{'i', 'I', 'ı', 'İ', 'a'} {
		fmt.Printf("turkish %q: upper=%q lower=%q title=%q\n", r, tc.ToUpper(r), tc.ToLower(r), tc.ToTitle(r))
	}
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
}
