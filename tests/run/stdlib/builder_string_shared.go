// strings.Builder.String shares the builder's bytes (no copy per call, as
// in Go): strings taken earlier keep their contents while the builder grows,
// after Reset, and after Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	var seen []string
	for i := 0; i < 200; i++ {
		b.WriteString("ab")
		b.WriteByte(byte('0' + i%10))
		if i%37 == 0 {
			seen = append(seen, b.String())
		}
	}
	for _, s := range seen {
		fmt.Println(len(s), s[len(s)-3:])
	}
	s := b.String()
	b.Grow(4096)
	b.WriteString("tail")
	fmt.Println(len(s), len(b.String()), strings.HasSuffix(b.String(), "9tail"), s[:6])
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(b.String(), len(s), s[len(s)-3:])
	n := 0
	var c strings.Builder
	for i := 0; i < 20000; i++ {
		c.WriteString("ab")
		if strings.HasSuffix(c.String(), "bab") {
			n++
		}
	}
	fmt.Println(n, c.Len(), strings.ToUpper("mixed Case ß"), strings.ToLower("ÀB c"))
}
