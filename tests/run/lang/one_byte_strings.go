// One-byte strings made by conversion (string(r) of an ASCII rune,
// string(b[i:i+1]) of any byte) share static bytes: they must still be
// ordinary strings as keys, in concatenation and comparison, and the
// other conversions must be unchanged.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	counts := map[string]int{}
	text := []byte("hello, wörld\xff\x00!")
	for i := range text {
		counts[string(text[i:i+1])]++
		counts[string(rune(text[i]))] += 10
	}
	runtime.GC()
	keys := ""
	for c := 0; c < 256; c++ {
		if n, ok := counts[string([]byte{byte(c)})]; ok {
			keys += fmt.Sprintf("%q=%d ", string([]byte{byte(c)}), n)
		}
	}
	fmt.Println(keys)
	for _, r := range []rune{-1, 0, 'a', 0x7f, 0x80, 0xff, 0x100, 0xd800, 0x10ffff, 0x110000} {
		s := string(r)
		fmt.Printf("%d %q %d %v\n", r, s, len(s), s == string([]rune{r}))
	}
	for _, x := range []int64{-1 << 40, 65, 1 << 40} {
		fmt.Printf("%q ", string(rune(x)))
	}
	fmt.Println()
	b := []byte("xyz")
	s := string(b[1:2])
	b[1] = 'Q'
	t := s + string(b[1:2]) + string(rune('a'+len(s)))
	fmt.Println(s, t, s < "z", s == "y", string(b[0:1]) == "x", len(t))
}
