// strconv.ParseFloat with bitSize 32: rounding to float32, range limits, halfway cases.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "1", "0.1", "3.4028234663852886e38", "3.4028235e38", "3.4028236e38", "3.5e38", "-3.5e38",
		"1.17549435e-38", "1e-45", "1.401298464324817e-45", "7e-46", "7.1e-46", "1e-46", "16777216",
		"16777217", "16777218", "16777219", "0x1p-149", "0x1p-150", "0x1.000001p0", "0x1.0000018p0",
		"3.14159265358979", "1e10", "-0", "inf", "nan", "340282356779733661637539395458142568448",
		"340282356779733661637539395458142568447", "1.00000005960464477539062499", "1.000000059604644775390625",
	}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 32)
		f32 := float32(f)
		fmt.Printf("ParseFloat(%q, 32) = %v float32=%v bits=%#08x %v\n", s, f, f32, math.Float32bits(f32), err)
	}
}
