// strconv.Atoi: valid input, signs, overflow and syntax errors with Go's exact messages.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "-0", "+0", "1", "-1", "+42", "007", "123456789", "9223372036854775807",
		"-9223372036854775808", "9223372036854775808", "-9223372036854775809",
		"99999999999999999999999", "-99999999999999999999999", "", " 1", "1 ", "+", "-",
		"1_000", "0x10", "1e3", "1.0", "abc", "12a", "--1", "+-1", "٣", "\xff", "18446744073709551616",
	}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
}
