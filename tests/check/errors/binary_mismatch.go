// errorcheck

package main

type Celsius float64
type Fahrenheit float64

func main() {
	var i int = 1
	var f float64 = 2
	var s string = "s"
	var i32 int32 = 3
	var c Celsius = 1
	var fh Fahrenheit = 2
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = s + i // ERROR "invalid operation: s \+ i \(mismatched types string and int\)"
	_ = i == i32 // ERROR "invalid operation: i == i32 \(mismatched types int and int32\)"
	_ = c + fh // ERROR "invalid operation: c \+ fh \(mismatched types Celsius and Fahrenheit\)"
	_ = i < s // ERROR "invalid operation: i < s \(mismatched types int and string\)"
	_ = i + "x" // ERROR "invalid operation: i \+ \x22x\x22 \(mismatched types int and untyped string\)"
	_ = f + 1 // ok
	_ = c * 2 // ok
	var b bool
	_ = b == i // ERROR "invalid operation: b == i \(mismatched types bool and int\)"
}
