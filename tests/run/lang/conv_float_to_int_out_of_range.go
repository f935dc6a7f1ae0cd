// Float to integer conversions of values out of the target's range. The
// spec leaves the result to the implementation; goji gives what Go 1.19
// gives on amd64, both for values the optimizer sees as constants (the
// first lines) and for values known only at run time (the loop).
package main

import (
	"fmt"
	"math"
	"os"
)

func main() {
	f := 1e19
	fmt.Println(int64(f))
	g := 300.0
	fmt.Println(uint8(g), int8(g), uint16(g*1000), int16(g*1000))
	fmt.Println(int64(math.Float64frombits(0x43e0000000000000)))
	vals := []float64{0, -0.5, 1.5, -1.5, 255.9, 256, 65536.5, -1, -129, 2147483647.5, 2147483648, -2147483649, 4294967296, 4294967295.9,
		9.2e18, 9.3e18, 1.8e19, 1.9e19, -9.3e18, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e300, 3e9, -3e9}
	if len(os.Args) > 5 { // not constants for the optimizer
		vals = nil
	}
	for _, v := range vals {
		f32 := float32(v)
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), int64(v), uint64(v), int(v), uint(v), uintptr(v))
		fmt.Println(f32, int8(f32), uint8(f32), int16(f32), uint16(f32), int32(f32), uint32(f32), int64(f32), uint64(f32), int(f32), uint(f32))
	}
	const c = 1e19
	h := c
	fmt.Println(uint64(h), int64(h))
	var k float32 = 3e9
	fmt.Println(uint32(k), int32(k))
}
