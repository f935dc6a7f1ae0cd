// errorcheck

package main

import "math"

const small int8 = 100
const big uint64 = math.MaxUint64

func main() {
	_ = small + small // ERROR "small \+ small \(constant 200 of type int8\) overflows int8"
	_ = big + 1 // ERROR "big \+ 1 \(constant 18446744073709551616 of type uint64\) overflows uint64"
	_ = -big // ERROR "-big \(constant -18446744073709551615 of type uint64\) overflows uint64"
	const x uint = 0
	_ = x - 1 // ERROR "x - 1 \(constant -1 of type uint\) overflows uint"
	_ = int32(math.MaxInt32) + 1 // ERROR "int32\(math\.MaxInt32\) \+ 1 \(constant 2147483648 of type int32\) overflows int32"
	_ = uint8(255) << 1 // ERROR "uint8\(255\) << 1 \(constant 510 of type uint8\) overflows uint8"
	const f float32 = 3e38
	_ = f * 10 // ERROR "f \* 10 \(constant 3e\+39 of type float32\) overflows float32"
}
