// errorcheck

package main

import "math"

func main() {
	var b int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var by byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i32 int32 = math.MaxInt64 // ERROR "cannot use math\.MaxInt64 \(untyped int constant 9223372036854775807\) as int32 value in variable declaration \(overflows\)"
	var u64 uint64 = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as uint64 value in variable declaration \(overflows\)"
	var f32 float32 = 1e50 // ERROR "cannot use 1e50 \(untyped float constant 1e\+50\) as float32 value in variable declaration \(overflows\)"
	var r rune = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as rune value in variable declaration \(overflows\)"
	const c int8 = 100
	_ = c * 2 // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	_, _, _, _, _, _, _ = b, u, by, i32, u64, f32, r
}
