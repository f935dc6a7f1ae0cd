// time.ParseDuration: units, fractions, signs, combined units and the exact error messages.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{"0", "5s", "300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1µs", "1μs", "1us", ".5s", "5.s",
		"+10m", "1.000000001s", "0.0000000001s", "9223372036854775807ns", "9223372036854775808ns", "2562047h",
		"2562048h", "-9223372036854775808ns", "", "s", "1", "1d", "1.2.3s", "-", "+", "1h-2m", " 1s", "1s ",
		"3000000h", "100000000000000000000ns", ".s", "1e3s", "0.5ms", "1_000s"}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration(%q) = %v (%d), %v\n", s, d, int64(d), err)
	}
}
