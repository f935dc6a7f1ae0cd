// errorcheck

package main

type S struct{ a int }
type P struct{ b int }

func main() {
	var f float64 = 1.5
	var s string = "x"
	var st S
	_ = int("a") // ERROR "cannot convert \x22a\x22 \(untyped string constant\) to type int"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = P(st) // ERROR "cannot convert st \(variable of type S\) to type P"
	_ = []byte(1) // ERROR "cannot convert 1 \(untyped int constant\) to type \[\]byte"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	_ = int(2.5) // ERROR "cannot convert 2\.5 \(untyped float constant\) to type int"
}
