// unicode range tables: counting members of categories and scripts over the whole code space.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{{"L", unicode.L}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt}, {"M", unicode.M}, {"N", unicode.N},
		{"Nd", unicode.Nd}, {"P", unicode.P}, {"S", unicode.S}, {"Z", unicode.Z}, {"Cc", unicode.Cc}, {"Han", unicode.Han},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Arabic", unicode.Arabic}, {"White_Space", unicode.White_Space},
		{"Hyphen", unicode.Hyphen}}
	for _, t := range tables {
		n := 0
		var first, last rune = -1, -1
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(t.t, r) {
				n++
				if first < 0 {
					first = r
				}
				last = r
			}
		}
		fmt.Printf("%-12s count=%d first=%U last=%U latinOffset=%d\n", t.name, n, first, last, t.t.LatinOffset)
	}
	counts := map[string]int{}
	for r := rune(0); r < 0x3000; r++ {
		switch {
		case unicode.IsLetter(r):
			counts["letter"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts["letter"], counts["digit"], counts["space"], counts["punct"])
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties))
}
