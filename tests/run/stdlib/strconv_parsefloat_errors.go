// strconv.ParseFloat errors: syntax errors, range errors (value is ±Inf or 0), invalid forms.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{
		"", " ", "1 ", " 1", "+", "-", ".", "e1", "1e", "1e+", "1.2.3", "1..2", "abc", "0x", "0x1",
		"0x1.5", "0xp1", "0x1p", "1_", "_1", "1__0", "1_.5", "0x_1p0", "in", "infx", "nanx", "+nan",
		"-nan", "1e400", "-1e400", "1e-400", "-1e-400", "1e99999999999", "0x1p1024", "0x1p-1080",
		"1.8e308", "1.7976931348623159e308", "1.7976931348623158e308", "１", "1\x00", "0b101", "0o7", "1,5",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q: %v signbit=%v err=%v range=%v syntax=%v\n", s, f, math.Signbit(f), err,
			errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	}
	_, err := strconv.ParseFloat("1", 16)
	fmt.Println("bitSize 16:", err)
}
