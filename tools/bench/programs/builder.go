// String building: strings.Builder with strconv conversions of ints,
// floats and quoted strings, the way programs assemble output.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total, hash := 0, uint32(2166136261)
	for round := 0; round < 10; round++ {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString("item ")
			b.WriteString(strconv.Itoa(i * (round + 1)))
			b.WriteByte(' ')
			b.WriteString(strconv.FormatFloat(float64(i)/7, 'g', 6, 64))
			b.WriteByte(' ')
			b.WriteString(strconv.Quote("k" + strconv.Itoa(i%97)))
			b.WriteByte('\n')
		}
		s := b.String()
		total += len(s)
		for i := 0; i < len(s); i += 61 {
			hash = (hash ^ uint32(s[i])) * 16777619
		}
	}
	fmt.Println(total, hash)
}
