// strconv.IsPrint/IsGraphic and QuoteRune variants over the whole code space, summarised per plane.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	for plane := rune(0); plane <= 0x10; plane++ {
		var print, graphic, uprint, mism int
		var h uint64 = 14695981039346656037
		for r := plane << 16; r < (plane+1)<<16; r++ {
			p := strconv.IsPrint(r)
			if p {
				print++
			}
			if strconv.IsGraphic(r) {
				graphic++
			}
			if unicode.IsPrint(r) {
				uprint++
			}
			if p != unicode.IsPrint(r) {
				mism++
			}
			if r%7 == 0 || r < 0x3000 {
				for _, c := range strconv.QuoteRuneToASCII(r) + strconv.QuoteRune(r) + strconv.QuoteRuneToGraphic(r) {
					h ^= uint64(c)
					h *= 1099511628211
				}
			}
		}
		fmt.Printf("plane %2d: IsPrint=%d IsGraphic=%d unicode.IsPrint=%d mismatches=%d hash=%x\n", plane, print, graphic, uprint, mism, h)
	}
	fmt.Println(strconv.Quote("\u00ad\u0378\u0600\u061c\u200e\u2028\ue000\U000e0001\U0001f9ff\U0010fffd"))
	fmt.Println(strconv.QuoteToGraphic("\u00a0\u1680\u2000\u3000\u00ad"))
}
