// errorcheck

package main

func main() {
	var s uint = 2
	x := 1
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	_ = x << 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	_ = "a" << 1 // ERROR "invalid operation: shifted operand \x22a\x22 \(untyped string constant\) must be integer"
	_ = x << "b" // ERROR "cannot convert \x22b\x22 \(untyped string constant\) to uint"
	var f float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	_ = 2.0 << 1 // ok: 2.0 is integral
	const big = 1 << 10000 // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	_, _ = f, big
}
