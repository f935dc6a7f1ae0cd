// strings.EqualFold with ASCII, Unicode simple folding, Kelvin sign, invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	pairs := [][2]string{
		{"", ""}, {"Go", "GO"}, {"go", "Go "}, {"abc", "abd"}, {"straße", "STRASSE"},
		{"σ", "Σ"}, {"ς", "Σ"}, {"ς", "σ"}, {"k", "\u212A"}, {"K", "\u212a"}, {"ß", "ẞ"},
		{"ǆ", "Ǆ"}, {"ǅ", "ǆ"}, {"İ", "i"}, {"ı", "I"}, {"ÿ", "Ÿ"}, {"\xff", "\xff"},
		{"\xff", "\xfe"}, {"a\xffb", "A\xffB"}, {"µ", "Μ"}, {"µ", "μ"}, {"ﬀ", "FF"},
		{"Hello, 世界", "hELLO, 世界"}, {"123", "123"}, {"abc", "ab"},
	}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}
