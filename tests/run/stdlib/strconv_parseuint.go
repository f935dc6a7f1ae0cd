// strconv.ParseUint: bases, bit sizes, maximum values, signs and errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	type tc struct {
		s    string
		base int
		bits int
	}
	cases := []tc{
		{"0", 10, 64}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64},
		{"ffffffffffffffff", 16, 64}, {"10000000000000000", 16, 64}, {"255", 10, 8}, {"256", 10, 8},
		{"65535", 10, 16}, {"65536", 10, 16}, {"4294967295", 10, 32}, {"4294967296", 10, 32},
		{"-1", 10, 64}, {"+1", 10, 64}, {"0x10", 0, 64}, {"0o777", 0, 16}, {"0b11111111", 0, 8},
		{"0b111111111", 0, 8}, {"1_2_3", 0, 64}, {"1_2_3", 10, 64}, {"3w5e11264sgsf", 36, 64},
		{"3w5e11264sgsg", 36, 64}, {"", 10, 64}, {"x", 10, 64}, {"12", 2, 64}, {"1", 0, 0},
		{"1", 40, 64}, {"1", 10, 100}, {"99999999999999999999999999", 10, 64}, {"0777", 0, 64},
		{"0x", 0, 64}, {"00", 0, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
}
